using System.Globalization;
using System.Text;
using Sim.Model;
using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <summary>
/// Checks the fields of one data file and reports each problem as a <see cref="ScenarioError"/> at the file, line and
/// character column of the field, keyed by the column's name, so a data file is validated like a scenario.
/// </summary>
internal sealed class CsvFieldChecker
{
    /// <summary>The largest data file read, in bytes (the shipped ones are under 4 KB).</summary>
    public const int MaxFileBytes = 16 * 1024 * 1024;

    private readonly string[] _lines;
    private readonly List<ScenarioError> _errors;

    private CsvFieldChecker(string file, string[] lines, IReadOnlyList<CsvRow> rows, List<ScenarioError> errors)
    {
        File = file;
        _lines = lines;
        Rows = rows;
        _errors = errors;
    }

    /// <summary>The file as named in messages.</summary>
    public string File { get; }

    /// <summary>The data rows.</summary>
    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>Reads <paramref name="fullPath"/>; null (with the error added) when it is too large, unreadable or malformed.</summary>
    public static CsvFieldChecker? Open(string fullPath, IReadOnlyList<string> requiredColumns, List<ScenarioError> errors)
    {
        var file = ScenarioPaths.Display(fullPath);
        string[] lines;
        try
        {
            var bytes = BoundedFile.Read(fullPath, MaxFileBytes);
            if (bytes is null)
            {
                errors.Add(new ScenarioError(file, 1, 1, string.Empty, "more than " + BoundedFile.Describe(MaxFileBytes),
                    "at most " + BoundedFile.Describe(MaxFileBytes), $"the file is larger than the limit for a data file ({BoundedFile.Describe(MaxFileBytes)})"));
                return null;
            }

            lines = new UTF8Encoding(false, true).GetString(bytes).Split('\n');
            return new CsvFieldChecker(file, lines, CsvFile.Read(fullPath, requiredColumns, file), errors);
        }
        catch (CsvFormatException e)
        {
            errors.Add(new ScenarioError(file, Math.Max(1, e.Line), 1, e.Column ?? string.Empty, e.Column, "a CSV file with columns " + string.Join(", ", requiredColumns), e.Problem));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            errors.Add(new ScenarioError(file, 1, 1, string.Empty, null, "a readable UTF-8 CSV file", "cannot read the file: " + e.Message));
            return null;
        }
    }

    /// <summary>A required text field; null (with the error added) when it is empty.</summary>
    public string? Text(CsvRow row, string column, string allowed)
    {
        var text = row.Text(column);
        if (text.Length > 0)
        {
            return text;
        }

        Error(row, column, null, allowed, $"is empty; allowed {allowed}");
        return null;
    }

    /// <summary>A numeric field within <paramref name="rule"/>; null (with the error added, unless empty and optional) otherwise.</summary>
    public double? Number(CsvRow row, string column, CsvNumberRule rule)
    {
        var text = row.Text(column);
        if (text.Length == 0)
        {
            if (!rule.Optional)
            {
                Error(row, column, null, rule.Allowed, $"is empty; allowed {rule.Allowed}");
            }

            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            Error(row, column, text, rule.Allowed, $"'{text}' is not a number; allowed {rule.Allowed}");
            return null;
        }

        if (rule.Whole && Math.Floor(value) != value)
        {
            Error(row, column, text, rule.Allowed, $"{text} is not a whole number; allowed {rule.Allowed}");
            return null;
        }

        if (value < rule.Min || value > rule.Max)
        {
            Error(row, column, text, rule.Allowed, $"value {text} is out of range; allowed {rule.Allowed}");
            return null;
        }

        return value;
    }

    /// <summary>An error at a field of <paramref name="row"/>.</summary>
    public void Error(CsvRow row, string column, string? value, string allowed, string message) =>
        _errors.Add(new ScenarioError(File, row.Line, ColumnOf(row, column), column, value, allowed, message));

    /// <summary>An error about the whole file, placed at its first line.</summary>
    public void FileError(string? value, string allowed, string message) =>
        _errors.Add(new ScenarioError(File, 1, 1, string.Empty, value, allowed, message));

    /// <summary>The 1-based character column where the field of <paramref name="column"/> starts on the row's line.</summary>
    private int ColumnOf(CsvRow row, string column)
    {
        if (!row.Columns.TryGetValue(column, out var field) || row.Line < 1 || row.Line > _lines.Length)
        {
            return 1;
        }

        var line = _lines[row.Line - 1];
        var quoted = false;
        var start = 0;
        for (var i = 0; i < line.Length && field > 0; i++)
        {
            if (line[i] == '"')
            {
                quoted = !quoted;
            }
            else if (line[i] == ',' && !quoted)
            {
                field--;
                start = i + 1;
            }
        }

        while (start < line.Length && line[start] is ' ' or '\t')
        {
            start++;
        }

        return start + 1;
    }
}
