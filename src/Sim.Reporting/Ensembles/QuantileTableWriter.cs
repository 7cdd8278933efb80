using Sim.Parquet;

namespace Sim.Reporting.Ensembles;

/// <summary>
/// Writes quantile tables as Parquet with Sim.Parquet (Snappy, dictionary-encoded strings): columns
/// <c>month</c> (DATE), <c>region_code</c> (regional table only), <c>indicator</c>, <c>p05</c>, <c>p10</c>,
/// <c>p50</c>, <c>p90</c>, <c>p95</c>, <c>mean</c> (DOUBLE) and <c>members</c> (INT32). The same rows give the same
/// bytes.
/// </summary>
public static class QuantileTableWriter
{
    /// <summary>Key-value metadata key naming the table.</summary>
    public const string TableKey = "sim.table";

    /// <summary>Key-value metadata key stating the quantile definition.</summary>
    public const string DefinitionKey = "sim.quantile_definition";

    /// <summary>The quantile definition written into every file.</summary>
    public const string Definition = "Hyndman-Fan type 7 (R default, numpy linear): h = (n-1)p, Q = x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]); counts in persons (agents x weight)";

    /// <summary>Writes <paramref name="rows"/> to a new file at <paramref name="path"/>; returns the row count.</summary>
    public static long Write(string path, string table, IReadOnlyList<QuantileRow> rows, bool regional)
    {
        var fields = new List<ParquetField> { new("month", ParquetType.Date) };
        if (regional)
        {
            fields.Add(new ParquetField("region_code", ParquetType.String));
        }

        fields.Add(new ParquetField("indicator", ParquetType.String));
        fields.AddRange(new[] { "p05", "p10", "p50", "p90", "p95", "mean" }.Select(n => new ParquetField(n, ParquetType.Double)));
        fields.Add(new ParquetField("members", ParquetType.Int32));
        var options = new ParquetWriterOptions { Compression = ParquetCompression.Snappy, LeaveOpen = false };
        options.KeyValueMetadata[TableKey] = table;
        options.KeyValueMetadata[DefinitionKey] = Definition;
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        using var writer = new ParquetFileWriter(stream, new ParquetSchema([.. fields]), options);
        const int batch = 65_536;
        for (var start = 0; start < rows.Count; start += batch)
        {
            var part = rows.Skip(start).Take(batch).ToList();
            writer.WriteColumn<DateOnly>(part.Select(r => r.Month).ToArray());
            if (regional)
            {
                writer.WriteColumn(part.Select(r => (string?)r.Region).ToArray());
            }

            writer.WriteColumn(part.Select(r => (string?)r.Indicator).ToArray());
            writer.WriteColumn<double>(part.Select(r => r.Statistics.P05).ToArray());
            writer.WriteColumn<double>(part.Select(r => r.Statistics.P10).ToArray());
            writer.WriteColumn<double>(part.Select(r => r.Statistics.P50).ToArray());
            writer.WriteColumn<double>(part.Select(r => r.Statistics.P90).ToArray());
            writer.WriteColumn<double>(part.Select(r => r.Statistics.P95).ToArray());
            writer.WriteColumn<double>(part.Select(r => r.Statistics.Mean).ToArray());
            writer.WriteColumn<int>(part.Select(r => r.Members).ToArray());
        }

        writer.Complete();
        return writer.RowsWritten;
    }
}
