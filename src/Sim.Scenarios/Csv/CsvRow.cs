using System.Globalization;

namespace Sim.Scenarios;

/// <summary>One data line of a CSV file, with its file and line so every error can name them.</summary>
/// <param name="File">The file as named to the reader.</param>
/// <param name="Line">1-based line of the row in the file.</param>
/// <param name="Columns">Column name to field index.</param>
/// <param name="Fields">The trimmed fields.</param>
public sealed record CsvRow(string File, int Line, IReadOnlyDictionary<string, int> Columns, IReadOnlyList<string> Fields)
{
    /// <summary>Whether the file has the column.</summary>
    public bool Has(string column) => Columns.ContainsKey(column);

    /// <summary>The field of <paramref name="column"/> as written (trimmed; empty when blank).</summary>
    public string Text(string column) =>
        Columns.TryGetValue(column, out var i) ? Fields[i] : throw Error(column, "the file has no such column");

    /// <summary>A numeric field, null when empty.</summary>
    public double? NumberOrNull(string column)
    {
        var text = Text(column);
        if (text.Length == 0)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Error(column, $"'{text}' is not a number");
    }

    /// <summary>A required numeric field.</summary>
    public double Number(string column) => NumberOrNull(column) ?? throw Error(column, "is empty; a number is required");

    /// <summary>An error located at this row.</summary>
    public CsvFormatException Error(string? column, string problem) => new(File, Line, column, problem);
}
