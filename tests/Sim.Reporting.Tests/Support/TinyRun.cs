using Sim.Parquet;

namespace Sim.Reporting.Tests.Support;

/// <summary>
/// Writes a tiny run folder the way 'sim run' lays one out: manifest.json with the seed, region_month/part-RR.parquet
/// per region (month DATE, region_code, region_name, weight and the given INT64/DOUBLE indicator columns) and
/// flows/part-RR.parquet.
/// </summary>
internal sealed class TinyRun
{
    public ulong Seed { get; init; }

    public double Weight { get; init; } = 1;

    public IReadOnlyList<string> Regions { get; init; } = ["AAA", "BBB"];

    public IReadOnlyList<DateOnly> Months { get; init; } = [new(2029, 11, 1), new(2029, 12, 1)];

    /// <summary>Column → values indexed [month, region]; INT64 when every value is whole, else DOUBLE.</summary>
    public Dictionary<string, double[,]> Columns { get; } = new(StringComparer.Ordinal);

    /// <summary>(month index, origin, destination, group, movers) rows.</summary>
    public List<(int Month, string Origin, string Destination, string Group, long Movers)> Flows { get; } = [];

    /// <summary>The flows' group column name ('group' or 'mover_group').</summary>
    public string GroupColumn { get; init; } = "group";

    /// <summary>Whether region_month also carries the identity columns a later output version adds (scenario, seed).</summary>
    public bool IdentityColumns { get; init; }

    public string Write(string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, "region_month"));
        Directory.CreateDirectory(Path.Combine(folder, "flows"));
        File.WriteAllText(Path.Combine(folder, "manifest.json"), $$"""{ "run": "tiny", "seed": {{Seed}} }""");
        for (var r = 0; r < Regions.Count; r++)
        {
            WriteRegion(Path.Combine(folder, "region_month", $"part-{r:D2}.parquet"), r);
            WriteFlows(Path.Combine(folder, "flows", $"part-{r:D2}.parquet"), Regions[r]);
        }

        return folder;
    }

    private void WriteRegion(string path, int region)
    {
        var names = Columns.Keys.ToList();
        var integer = names.ToDictionary(n => n, n => Columns[n].Cast<double>().All(v => v == Math.Floor(v)));
        var fields = new List<ParquetField>
        {
            new("month", ParquetType.Date), new("region_code", ParquetType.String), new("region_name", ParquetType.String), new("weight", ParquetType.Double),
        };
        if (IdentityColumns)
        {
            fields.Add(new ParquetField("scenario", ParquetType.String));
            fields.Add(new ParquetField("seed", ParquetType.Int64));
        }

        fields.AddRange(names.Select(n => new ParquetField(n, integer[n] ? ParquetType.Int64 : ParquetType.Double)));
        using var stream = File.Create(path);
        using var writer = new ParquetFileWriter(stream, new ParquetSchema(fields));
        writer.WriteColumn<DateOnly>(Months.ToArray());
        writer.WriteColumn(Months.Select(_ => (string?)Regions[region]).ToArray());
        writer.WriteColumn(Months.Select(_ => (string?)("Region " + Regions[region])).ToArray());
        writer.WriteColumn<double>(Months.Select(_ => Weight).ToArray());
        if (IdentityColumns)
        {
            writer.WriteColumn(Months.Select(_ => (string?)"tiny").ToArray());
            writer.WriteColumn<long>(Months.Select(_ => (long)Seed).ToArray());
        }

        foreach (var name in names)
        {
            var values = Enumerable.Range(0, Months.Count).Select(m => Columns[name][m, region]).ToArray();
            if (integer[name])
            {
                writer.WriteColumn<long>(values.Select(v => (long)v).ToArray());
            }
            else
            {
                writer.WriteColumn<double>(values);
            }
        }

        writer.Complete();
    }

    private void WriteFlows(string path, string origin)
    {
        var rows = Flows.Where(f => f.Origin == origin).ToList();
        using var stream = File.Create(path);
        using var writer = new ParquetFileWriter(stream, new ParquetSchema(
            new ParquetField("month", ParquetType.Date), new ParquetField("origin_region_code", ParquetType.String),
            new ParquetField("destination_region_code", ParquetType.String), new ParquetField(GroupColumn, ParquetType.String),
            new ParquetField("movers", ParquetType.Int64), new ParquetField("weight", ParquetType.Double)));
        if (rows.Count > 0)
        {
            writer.WriteColumn<DateOnly>(rows.Select(r => Months[r.Month]).ToArray());
            writer.WriteColumn(rows.Select(r => (string?)r.Origin).ToArray());
            writer.WriteColumn(rows.Select(r => (string?)r.Destination).ToArray());
            writer.WriteColumn(rows.Select(r => (string?)r.Group).ToArray());
            writer.WriteColumn<long>(rows.Select(r => r.Movers).ToArray());
            writer.WriteColumn<double>(rows.Select(_ => Weight).ToArray());
        }

        writer.Complete();
    }
}
