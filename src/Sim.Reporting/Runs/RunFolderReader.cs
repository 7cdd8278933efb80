using System.Text.Json;
using Sim.Model.Engine;
using Sim.Parquet;

namespace Sim.Reporting.Runs;

/// <summary>
/// Reads a finished run folder (<c>region_month/part-*.parquet</c>, <c>flows/part-*.parquet</c> and the seed from
/// <c>manifest.json</c>) with Sim.Parquet's reader. Columns are found by name; extra columns (a scenario name, a
/// seed) are tolerated and the flows' group column may be called <c>group</c> or <c>mover_group</c>. Anything that
/// is not a run raises <see cref="ReportInputException"/>.
/// </summary>
public static class RunFolderReader
{
    /// <summary>Numeric region_month columns that are not indicators.</summary>
    private static readonly HashSet<string> NotIndicators = new(StringComparer.Ordinal) { "year", "month", "region_index", "seed", "weight" };

    /// <summary>Whether a folder looks like a run folder (it has region_month/).</summary>
    public static bool IsRun(string folder) => Directory.Exists(Path.Combine(folder, "region_month"));

    /// <summary>Reads a run folder.</summary>
    public static RunData Read(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new ReportInputException($"{folder}: no such folder (expected a run folder written by 'sim run' or an ensemble folder)");
        }

        var regionMonth = PartFiles(folder, "region_month");
        var flowParts = PartFiles(folder, "flows");
        var seed = ReadSeed(folder);
        try
        {
            var table = ReadRegionMonth(regionMonth);
            var flows = ReadFlows(flowParts, table.Codes, table.Months);
            return new RunData(folder, seed, table.Months, table.Codes, table.Names, table.Weight, table.Indicators, table.Values, flows);
        }
        catch (ParquetFormatException e)
        {
            throw new ReportInputException($"{folder}: a Parquet file cannot be read: {e.Message}", e);
        }
    }

    private static List<string> PartFiles(string folder, string table)
    {
        var dir = Path.Combine(folder, table);
        if (!Directory.Exists(dir))
        {
            throw new ReportInputException($"{folder} is not a run folder: it has no {table}/ (a run holds manifest.json, region_month/ and flows/; an ensemble holds members/ and summary/)");
        }

        var files = Directory.EnumerateFiles(dir, "*.parquet", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        return files.Count > 0 ? files : throw new ReportInputException($"{dir}: holds no .parquet files");
    }

    /// <summary>The seed in a run folder's manifest.json; null without a manifest or a numeric seed.</summary>
    internal static ulong? ReadSeed(string folder)
    {
        var path = Path.Combine(folder, "manifest.json");
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            return json.RootElement.TryGetProperty("seed", out var seed) && seed.TryGetUInt64(out var value) ? value : null;
        }
        catch (JsonException e)
        {
            throw new ReportInputException($"{path}: not valid JSON: {e.Message}", e);
        }
    }

    private static RegionMonthColumns ReadRegionMonth(List<string> files)
    {
        var codes = new List<string>();
        var names = new List<string>();
        var rows = new List<(DateOnly Month, int Region, int File, int Row)>();
        var columns = new List<Dictionary<string, double[]>>();
        List<string>? indicators = null;
        double? weight = null;
        foreach (var path in files)
        {
            try
            {
                using var reader = ParquetFileReader.Open(path);
                var months = ParquetColumns.Dates(reader, "month", path);
                var regionCodes = ParquetColumns.Strings(reader, "region_code", path);
                var regionNames = reader.Schema.IndexOf("region_name") >= 0 ? ParquetColumns.Strings(reader, "region_name", path) : regionCodes;
                var numeric = reader.Schema.Fields.Where(f => ParquetColumns.IsNumeric(f.Type) && !NotIndicators.Contains(f.Name)).Select(f => f.Name).ToList();
                if (indicators is null)
                {
                    indicators = numeric;
                }
                else if (!indicators.SequenceEqual(numeric))
                {
                    throw new ReportInputException($"{path}: its numeric columns differ from those of {files[0]} ({string.Join(", ", numeric.Except(indicators).Concat(indicators.Except(numeric)))})");
                }

                var w = ParquetColumns.Numbers(reader, "weight", path);
                var values = numeric.ToDictionary(n => n, n => Scaled(n, ParquetColumns.Numbers(reader, n, path), w), StringComparer.Ordinal);
                columns.Add(values);
                for (var i = 0; i < months.Length; i++)
                {
                    weight ??= w[i];
                    if (w[i] != weight)
                    {
                        throw new ReportInputException($"{path}: weight {w[i]} differs from {weight} elsewhere in the run");
                    }

                    var region = codes.IndexOf(regionCodes[i]);
                    if (region < 0)
                    {
                        codes.Add(regionCodes[i]);
                        names.Add(regionNames[i]);
                        region = codes.Count - 1;
                    }

                    rows.Add((months[i], region, columns.Count - 1, i));
                }
            }
            catch (ParquetFormatException e)
            {
                // Name the file: the reader's message says only what is wrong inside it.
                throw new ReportInputException($"{path}: cannot be read ({e.Message})", e);
            }
        }

        if (rows.Count == 0)
        {
            throw new ReportInputException($"{Path.GetDirectoryName(files[0])}: region_month has no rows");
        }

        var allMonths = MonthRange(rows.Min(r => r.Month), rows.Max(r => r.Month));
        var table = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var name in indicators!)
        {
            table[name] = new double[allMonths.Count * codes.Count];
        }

        var seen = new bool[allMonths.Count * codes.Count];
        var first = allMonths[0];
        foreach (var (month, region, file, row) in rows)
        {
            var cell = (MonthIndex(first, month) * codes.Count) + region;
            if (seen[cell])
            {
                throw new ReportInputException($"{files[file]}: a second row for {month:yyyy-MM}, region {codes[region]}");
            }

            seen[cell] = true;
            foreach (var name in indicators)
            {
                table[name][cell] = columns[file][name][row];
            }
        }

        var missing = Array.IndexOf(seen, false);
        if (missing >= 0)
        {
            throw new ReportInputException($"{Path.GetDirectoryName(files[0])}: region_month lacks the row of {allMonths[missing / codes.Count]:yyyy-MM}, region {codes[missing % codes.Count]}");
        }

        return new RegionMonthColumns(allMonths, codes, names, weight!.Value, indicators, table);
    }

    private static FlowTotals ReadFlows(List<string> files, IReadOnlyList<string> codes, IReadOnlyList<DateOnly> months)
    {
        var matrix = new double[codes.Count, codes.Count];
        var groups = new List<string>();
        var byGroup = new List<double[]>();
        foreach (var path in files)
        {
            try
            {
                using var reader = ParquetFileReader.Open(path);
                if (reader.RowCount == 0)
                {
                    continue;
                }

                var month = ParquetColumns.Dates(reader, "month", path);
                var origin = ParquetColumns.Strings(reader, "origin_region_code", path);
                var destination = ParquetColumns.Strings(reader, "destination_region_code", path);
                var group = ParquetColumns.Strings(reader, ParquetColumns.OneOf(reader, path, "mover_group", "group"), path);
                var movers = ParquetColumns.Numbers(reader, "movers", path);
                var weight = ParquetColumns.Numbers(reader, "weight", path);
                for (var i = 0; i < month.Length; i++)
                {
                    var o = Region(codes, origin[i], path);
                    var d = Region(codes, destination[i], path);
                    var m = MonthIndex(months[0], month[i]);
                    if (m < 0 || m >= months.Count)
                    {
                        throw new ReportInputException($"{path}: month {month[i]:yyyy-MM} lies outside the run's region_month ({months[0]:yyyy-MM} to {months[^1]:yyyy-MM})");
                    }

                    var g = groups.IndexOf(group[i]);
                    if (g < 0)
                    {
                        groups.Add(group[i]);
                        byGroup.Add(new double[months.Count]);
                        g = groups.Count - 1;
                    }

                    var persons = movers[i] * weight[i];
                    matrix[o, d] += persons;
                    byGroup[g][m] += persons;
                }
            }
            catch (ParquetFormatException e)
            {
                // Name the file: the reader's message says only what is wrong inside it.
                throw new ReportInputException($"{path}: cannot be read ({e.Message})", e);
            }
        }

        var table = new double[groups.Count, months.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            for (var m = 0; m < months.Count; m++)
            {
                table[g, m] = byGroup[g][m];
            }
        }

        return new FlowTotals(matrix, groups, table);
    }

    private static int Region(IReadOnlyList<string> codes, string code, string path)
    {
        for (var i = 0; i < codes.Count; i++)
        {
            if (codes[i] == code)
            {
                return i;
            }
        }

        throw new ReportInputException($"{path}: region '{code}' is not one of the run's regions ({string.Join(", ", codes)})");
    }

    /// <summary>Agent counts become persons; every other unit stays as written.</summary>
    private static double[] Scaled(string column, double[] values, double[] weight)
    {
        if (IndicatorCatalog.UnitOf(column) != "agents")
        {
            return values;
        }

        var scaled = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            scaled[i] = values[i] * weight[i];
        }

        return scaled;
    }

    private static List<DateOnly> MonthRange(DateOnly first, DateOnly last)
    {
        var months = new List<DateOnly>();
        for (var m = new DateOnly(first.Year, first.Month, 1); m <= last; m = m.AddMonths(1))
        {
            months.Add(m);
        }

        return months;
    }

    private static int MonthIndex(DateOnly first, DateOnly month) => ((month.Year - first.Year) * 12) + month.Month - first.Month;

    private sealed record RegionMonthColumns(
        IReadOnlyList<DateOnly> Months, IReadOnlyList<string> Codes, IReadOnlyList<string> Names, double Weight,
        IReadOnlyList<string> Indicators, IReadOnlyDictionary<string, double[]> Values);
}
