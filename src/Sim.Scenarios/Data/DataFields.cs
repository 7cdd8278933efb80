using System.Globalization;

namespace Sim.Scenarios;

/// <summary>Checked fields shared by the data-file readers: years, region codes and bounded numbers, each error naming file, line, column and value.</summary>
internal static class DataFields
{
    /// <summary>Years the data files may give: the model's data start in 2021 and its projections end by 2100.</summary>
    private const int FirstYear = 1990;
    private const int LastYear = 2100;

    /// <summary>A whole year between 1990 and 2100.</summary>
    public static int Year(CsvRow row, string column)
    {
        var value = row.Number(column);
        return value == Math.Floor(value) && value is >= FirstYear and <= LastYear
            ? (int)value
            : throw row.Error(column, string.Create(CultureInfo.InvariantCulture, $"'{row.Text(column)}' is not a year from {FirstYear} to {LastYear}"));
    }

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static double Bounded(CsvRow row, string column, double min, double max)
    {
        var value = row.Number(column);
        return value >= min && value <= max
            ? value
            : throw row.Error(column, string.Create(CultureInfo.InvariantCulture, $"'{row.Text(column)}' is outside the allowed range {min:G} to {max:G}"));
    }

    /// <summary>A region code of the regions table.</summary>
    public static string Region(CsvRow row, string column, IReadOnlySet<string> codes)
    {
        var code = row.Text(column);
        return codes.Contains(code)
            ? code
            : throw row.Error(column, $"'{code}' is not a region code of the regions table (allowed: {string.Join(", ", codes.Order(StringComparer.Ordinal))})");
    }

    /// <summary>Refuses a second row with the same key.</summary>
    public static void Once<TKey>(ISet<TKey> seen, TKey key, CsvRow row, string what)
    {
        if (!seen.Add(key))
        {
            throw row.Error(null, $"{what} is given twice");
        }
    }
}
