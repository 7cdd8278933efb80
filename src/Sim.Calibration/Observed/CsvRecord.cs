using System.Globalization;
using Sim.Scenarios;

namespace Sim.Calibration.Observed;

/// <summary>One data line of an observed-data CSV with typed, located accessors.</summary>
internal sealed class CsvRecord(CsvRow row)
{
    public string File => row.File;

    public int Line => row.Line;

    public string Text(string column)
    {
        var value = row.Text(column);
        return value.Length > 0 ? value : throw Error(column, "is empty; a value is required");
    }

    public string OptionalText(string column) => row.Text(column);

    public bool IsEmpty(string column) => row.Text(column).Length == 0;

    public long WholeNumber(string column, long min, long max)
    {
        var text = Text(column);
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw Error(column, $"'{text}' is not a whole number (allowed: {min}..{max})");
        }

        return value >= min && value <= max ? value : throw Error(column, $"{value} is out of range (allowed: {min}..{max})");
    }

    public double Number(string column, double min, double max)
    {
        var text = Text(column);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw Error(column, $"'{text}' is not a number (allowed: {min}..{max})");
        }

        return value >= min && value <= max ? value : throw Error(column, $"{value} is out of range (allowed: {min}..{max})");
    }

    public DateOnly Date(string column)
    {
        var text = Text(column);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error(column, $"'{text}' is not a date (allowed: YYYY-MM-DD)");
    }

    public string OneOf(string column, IReadOnlyCollection<string> allowed)
    {
        var text = Text(column);
        return allowed.Contains(text) ? text : throw Error(column, $"'{text}' is not allowed (allowed: {string.Join(", ", allowed)})");
    }

    public string RegionCode(string column, bool allowNational)
    {
        var text = Text(column);
        if (allowNational && text == ObservedData.National)
        {
            return text;
        }

        var valid = text.Length == 3 && text.All(char.IsAsciiLetterUpper);
        return valid
            ? text
            : throw Error(column, $"'{text}' is not a region code (allowed: three capital letters as in regions.csv{(allowNational ? " or 'national'" : string.Empty)})");
    }

    public ObservedDataException Error(string? column, string problem) => new(File, Line, column, problem);
}
