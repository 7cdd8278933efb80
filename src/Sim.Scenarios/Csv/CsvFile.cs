using System.Globalization;
using CsvHelper;

namespace Sim.Scenarios;

/// <summary>
/// Reads the project's CSV files (base data and observed data) with CsvHelper: a header row, comma-separated
/// fields, double quotes for fields containing commas (<c>""</c> inside quotes is a quote), a record per line,
/// blank lines and <c>#</c> comment lines (used to name sources) skipped, fields trimmed. Every problem raises
/// <see cref="CsvFormatException"/> naming the file and line.
/// </summary>
public static class CsvFile
{
    /// <summary>Reads <paramref name="path"/> (named <paramref name="displayName"/> in errors, the path by default); the header must have <paramref name="requiredColumns"/>.</summary>
    public static IReadOnlyList<CsvRow> Read(string path, IReadOnlyList<string>? requiredColumns = null, string? displayName = null)
    {
        var name = displayName ?? path;
        requiredColumns ??= [];
        if (!File.Exists(path))
        {
            throw new CsvFormatException(name, 0, null, $"file not found (looked for {Path.GetFullPath(path)})");
        }

        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            CommentPrefix = '#',
            SkipEmptyLines = true,
            TrimWhitespace = true,
            AllowLineBreaksInQuotes = false,
            TrackLineNumbers = true,
            OnMalformedRecord = bad => throw new CsvFormatException(name, (int)bad.LineNumber, null, Describe(bad.Reason)),
        };
        using var reader = CsvReader.FromFile(path, options);
        Dictionary<string, int>? columns = null;
        var rows = new List<CsvRow>();
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i);
            }

            if (columns is null)
            {
                columns = Header(name, line, fields, requiredColumns);
                continue;
            }

            if (fields.Length != columns.Count)
            {
                throw new CsvFormatException(name, line, null, $"expected {columns.Count} fields as in the header but found {fields.Length}");
            }

            rows.Add(new CsvRow(name, line, columns, fields));
        }

        return columns is null
            ? throw new CsvFormatException(name, 1, null, "the file is empty: expected a header line" + (requiredColumns.Count > 0 ? " with columns " + string.Join(", ", requiredColumns) : string.Empty))
            : rows;
    }

    private static Dictionary<string, int> Header(string name, int line, string[] fields, IReadOnlyList<string> requiredColumns)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Length; i++)
        {
            if (!columns.TryAdd(fields[i], i))
            {
                throw new CsvFormatException(name, line, fields[i], "the header names this column twice");
            }
        }

        var missing = requiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
        return missing.Count == 0
            ? columns
            : throw new CsvFormatException(name, line, null,
                $"header lacks column(s) {string.Join(", ", missing.Select(m => $"'{m}'"))}; expected {string.Join(", ", requiredColumns)}");
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.UnterminatedQuote or CsvMalformedReason.LineBreakInQuotes => "a field opens a quote that is not closed on this line",
        CsvMalformedReason.TextAfterClosingQuote => "a field has text after its closing quote",
        CsvMalformedReason.StrayQuote => "a field has a quote inside an unquoted value",
        _ => "the record is malformed: " + reason,
    };
}
