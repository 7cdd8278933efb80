using Sim.Parquet;

namespace Sim.Calibration.Fit;

/// <summary>
/// Reads the <c>region_month</c> Parquet parts of a run folder (<c>RUN/region_month/*.parquet</c>) with
/// Sim.Parquet's reader. Numeric columns are accepted in any integer or floating type.
/// </summary>
public static class RegionMonthParquet
{
    /// <summary>The columns the fit needs.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } =
    [
        "year", "month", "region_index", "weight", "population_start", "population_end", "births", "deaths",
        "moves_in", "moves_out", "russians_present", "rent_index",
    ];

    /// <summary>The Parquet files of a run's region_month output, in name order.</summary>
    public static IReadOnlyList<string> PartFiles(string runFolder)
    {
        var folder = Path.Combine(runFolder, "region_month");
        if (!Directory.Exists(folder))
        {
            throw new FileNotFoundException($"{runFolder} is not a run folder: it has no region_month/ directory", folder);
        }

        var files = Directory.EnumerateFiles(folder, "*.parquet", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).ToList();
        return files.Count > 0 ? files : throw new FileNotFoundException($"{folder} holds no .parquet files", folder);
    }

    /// <summary>Reads every part of a run's region_month into a table; regions are named by <paramref name="regionCodes"/>.</summary>
    public static RegionMonthTable Read(string runFolder, IReadOnlyList<string> regionCodes)
    {
        var rows = new List<RegionMonthRow>();
        foreach (var file in PartFiles(runFolder))
        {
            rows.AddRange(ReadFile(file));
        }

        return RegionMonthTable.FromRows(rows, regionCodes);
    }

    /// <summary>Reads the rows of one Parquet file.</summary>
    public static IEnumerable<RegionMonthRow> ReadFile(string path)
    {
        using var reader = ParquetFileReader.Open(path);
        var missing = RequiredColumns.Where(c => reader.Schema.IndexOf(c) < 0).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"{path}: region_month lacks column(s) {string.Join(", ", missing)}");
        }

        var c = RequiredColumns.ToDictionary(name => name, name => Numbers(reader, name, path));
        var rows = new RegionMonthRow[reader.RowCount];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new RegionMonthRow(
                (int)c["year"][i], (int)c["month"][i], (int)c["region_index"][i], c["weight"][i],
                (long)c["population_start"][i], (long)c["population_end"][i], (long)c["births"][i], (long)c["deaths"][i],
                (long)c["moves_in"][i], (long)c["moves_out"][i], (long)c["russians_present"][i], c["rent_index"][i]);
        }

        return rows;
    }

    private static double[] Numbers(ParquetFileReader reader, string column, string path)
    {
        var type = reader.Schema.Fields[reader.Schema.IndexOf(column)].Type;
        return type switch
        {
            ParquetType.Int8 => Convert(reader.ReadAll<sbyte>(column), v => v),
            ParquetType.Int16 => Convert(reader.ReadAll<short>(column), v => v),
            ParquetType.Int32 => Convert(reader.ReadAll<int>(column), v => v),
            ParquetType.Int64 => Convert(reader.ReadAll<long>(column), v => v),
            ParquetType.UInt8 => Convert(reader.ReadAll<byte>(column), v => v),
            ParquetType.UInt16 => Convert(reader.ReadAll<ushort>(column), v => v),
            ParquetType.UInt32 => Convert(reader.ReadAll<uint>(column), v => v),
            ParquetType.UInt64 => Convert(reader.ReadAll<ulong>(column), v => v),
            ParquetType.Float => Convert(reader.ReadAll<float>(column), v => v),
            ParquetType.Double => reader.ReadAll<double>(column),
            _ => throw new InvalidDataException($"{path}: column '{column}' has type {type}; a number is required"),
        };
    }

    private static double[] Convert<T>(T[] values, Func<T, double> convert) => Array.ConvertAll(values, v => convert(v));
}
