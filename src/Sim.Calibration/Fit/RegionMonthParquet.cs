using Sim.Parquet;

namespace Sim.Calibration.Fit;

/// <summary>
/// Reads the <c>region_month</c> Parquet parts of a run folder (<c>RUN/region_month/*.parquet</c>) with
/// Sim.Parquet's reader. The month is a DATE column <c>month</c> (its first day) or integer <c>year</c> and
/// <c>month</c> columns; the region a string <c>region_code</c> or an integer <c>region_index</c>. Numeric columns
/// are accepted in any integer or floating type.
/// </summary>
public static class RegionMonthParquet
{
    /// <summary>The count and index columns the fit needs besides the month and the region.</summary>
    public static IReadOnlyList<string> ValueColumns { get; } =
    [
        "weight", "population_start", "population_end", "births", "deaths", "moves_in", "moves_out", "russians_present", "rent_index",
        "foreigners", "permanent_residents", "refugees", "arrivals_russians", "departures_russians",
    ];

    /// <summary>The Parquet files of a run's region_month output, in name order (part-RR: region order).</summary>
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

    /// <summary>
    /// Reads every part of a run's region_month into a table. Regions are ordered as <paramref name="regionCodes"/>
    /// when given (required when the files carry only <c>region_index</c>), else in order of first appearance.
    /// </summary>
    public static RegionMonthTable Read(string runFolder, IReadOnlyList<string>? regionCodes = null)
    {
        var codes = regionCodes?.ToList() ?? [];
        var fixedCodes = regionCodes is not null;
        var rows = new List<RegionMonthRow>();
        foreach (var file in PartFiles(runFolder))
        {
            try
            {
                rows.AddRange(ReadFile(file, codes, fixedCodes));
            }
            catch (ParquetFormatException e)
            {
                throw new InvalidDataException($"{file}: not a readable Parquet file ({e.Message})", e);
            }
        }

        return RegionMonthTable.FromRows(rows, codes);
    }

    private static List<RegionMonthRow> ReadFile(string path, List<string> codes, bool fixedCodes)
    {
        using var reader = ParquetFileReader.Open(path);
        var schema = reader.Schema;
        var missing = ValueColumns.Where(c => schema.IndexOf(c) < 0).ToList();
        var dateMonth = schema.IndexOf("month") >= 0 && schema.Fields[schema.IndexOf("month")].Type == ParquetType.Date;
        if (!dateMonth && (schema.IndexOf("year") < 0 || schema.IndexOf("month") < 0))
        {
            missing.Add("month (DATE) or year and month");
        }

        if (schema.IndexOf("region_code") < 0 && schema.IndexOf("region_index") < 0)
        {
            missing.Add("region_code or region_index");
        }

        if (missing.Count > 0)
        {
            throw new InvalidDataException($"{path}: region_month lacks column(s) {string.Join(", ", missing)}");
        }

        var months = dateMonth
            ? reader.ReadAll<DateOnly>("month")
            : Numbers(reader, "year", path).Zip(Numbers(reader, "month", path), (y, m) => new DateOnly((int)y, (int)m, 1)).ToArray();
        var regions = schema.IndexOf("region_code") >= 0
            ? reader.ReadAllStrings("region_code").Select(c => RegionOf(c ?? throw new InvalidDataException($"{path}: a region_code is null"), codes, fixedCodes, path)).ToArray()
            : Numbers(reader, "region_index", path).Select(i => IndexOf((int)i, codes, fixedCodes, path)).ToArray();
        var c = ValueColumns.ToDictionary(name => name, name => Numbers(reader, name, path));
        var rows = new List<RegionMonthRow>(months.Length);
        for (var i = 0; i < months.Length; i++)
        {
            rows.Add(new RegionMonthRow(
                months[i].Year, months[i].Month, regions[i], c["weight"][i],
                (long)c["population_start"][i], (long)c["population_end"][i], (long)c["births"][i], (long)c["deaths"][i],
                (long)c["moves_in"][i], (long)c["moves_out"][i], (long)c["russians_present"][i], c["rent_index"][i],
                (long)c["foreigners"][i], (long)c["permanent_residents"][i], (long)c["refugees"][i],
                (long)c["arrivals_russians"][i], (long)c["departures_russians"][i]));
        }

        return rows;
    }

    private static int RegionOf(string code, List<string> codes, bool fixedCodes, string path)
    {
        var index = codes.IndexOf(code);
        if (index >= 0)
        {
            return index;
        }

        if (fixedCodes)
        {
            throw new InvalidDataException($"{path}: region_code '{code}' is not one of the run's regions ({string.Join(", ", codes)})");
        }

        codes.Add(code);
        return codes.Count - 1;
    }

    private static int IndexOf(int index, List<string> codes, bool fixedCodes, string path) =>
        fixedCodes ? index : throw new InvalidDataException($"{path}: region_month has only region_index; pass the run's region codes");

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
