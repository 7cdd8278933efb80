using System.Text;
using System.Text.Json;

namespace Sim.Output.Dictionary;

/// <summary>
/// Renders <see cref="OutputTables"/> for its two audiences: JSON for the key-value metadata of every Parquet file
/// (so a file describes itself) and Markdown for <c>docs/outputs.md</c>.
/// </summary>
public static class DataDictionary
{
    /// <summary>The key-value metadata key holding the table's dictionary as JSON.</summary>
    public const string MetadataKey = "sim.data_dictionary";

    /// <summary>The key-value metadata key holding the table name.</summary>
    public const string TableKey = "sim.table";

    /// <summary>
    /// The table's dictionary as JSON: <c>{"table":..,"grain":..,"description":..,"columns":[{"name","type","unit","nullable","description"}]}</c>.
    /// </summary>
    public static string ToJson(OutputTable table)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("table", table.Name);
            json.WriteString("grain", table.Grain);
            json.WriteString("description", table.Description);
            json.WriteStartArray("columns");
            foreach (var column in table.Columns)
            {
                json.WriteStartObject();
                json.WriteString("name", column.Name);
                json.WriteString("type", TypeName(column));
                json.WriteString("unit", column.Unit);
                json.WriteBoolean("nullable", column.Nullable);
                json.WriteString("description", column.Description);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The whole dictionary as the Markdown of <c>docs/outputs.md</c> (LF line ends).</summary>
    public static string ToMarkdown()
    {
        var md = new StringBuilder();
        md.Append("# Outputs of a run\n\n");
        md.Append("<!-- Generated from Sim.Output.Dictionary.OutputTables by `sim schema`; do not edit by hand.\n");
        md.Append("     Regenerate: dotnet run --project src/Sim.Host -- schema > docs/outputs.md -->\n\n");
        md.Append("A run writes a folder `out/<run>/` (Hive-style, readable by DuckDB, pandas, polars and Spark):\n\n");
        md.Append("| path | what |\n| --- | --- |\n");
        md.Append("| `manifest.json` | `\"format\": \"sim-run/1\"` (the marker `--force` requires), scenario name and resolved scenario, every input file (scenario chain, data) with its SHA-256, seed, scale, version, timings, every file with its row count |\n");
        md.Append("| `scenario.resolved.yaml` | the scenario with every inherited key, the effective seed, scale and end; its data paths point at `inputs/`, so it validates and reruns from the folder |\n");
        md.Append("| `inputs/*.csv` | copies of the data files the scenario read |\n");
        foreach (var table in OutputTables.All)
        {
            md.Append("| `").Append(table.PathPattern).Append("` | ").Append(table.Grain).Append(" |\n");
        }

        md.Append('\n');
        md.Append("Parquet files are Snappy-compressed unless the scenario's `outputs.compression` (or `sim run --compression`) ");
        md.Append("says `zstd` (ZSTD level 3: smaller files, more CPU to write; DuckDB, Arrow and Spark read it) or `none`; ");
        md.Append("strings (region codes, categories) are dictionary-encoded; months are ");
        md.Append("DATE values holding the first day of the month. Every file carries this dictionary as JSON in its key-value ");
        md.Append("metadata under `").Append(MetadataKey).Append("` (and the table name under `").Append(TableKey).Append("`). ");
        md.Append("The Parquet bytes depend only on the scenario, the seed and the code version; timings live only in `manifest.json`.\n\n");
        md.Append("Counts are **agents**: a run at scale s simulates s persons per person, and `weight` = 1/s converts agents to persons.\n");
        foreach (var table in OutputTables.All)
        {
            md.Append("\n## ").Append(table.Name).Append("\n\n");
            md.Append('`').Append(table.PathPattern).Append("`: ").Append(table.Grain).Append(".\n\n");
            md.Append(table.Description).Append("\n\n");
            md.Append("| column | type | unit | description |\n| --- | --- | --- | --- |\n");
            foreach (var column in table.Columns)
            {
                md.Append("| `").Append(column.Name).Append("` | ").Append(TypeName(column)).Append(column.Nullable ? " (nullable)" : string.Empty)
                    .Append(" | ").Append(column.Unit).Append(" | ").Append(column.Description.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
            }
        }

        return md.ToString();
    }

    private static string TypeName(OutputColumn column) => column.Type.ToString().ToUpperInvariant();
}
