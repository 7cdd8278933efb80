using System.Globalization;
using System.Text;

namespace Sim.Scenarios;

/// <summary>
/// A small CSV reader for the base-data files: a header row, comma-separated fields, double quotes for
/// fields containing commas, and <c>#</c> comment lines (used to name sources).
/// </summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string path, IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
    {
        Path = path;
        Header = header;
        Rows = rows;
        _columns = header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i, StringComparer.Ordinal);
    }

    /// <summary>The file read.</summary>
    public string Path { get; }

    /// <summary>Column names.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Data rows (each as many fields as the header).</summary>
    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>Reads a CSV file; throws <see cref="FormatException"/> naming the line of a malformed row.</summary>
    public static CsvTable Load(string path)
    {
        string[]? header = null;
        var rows = new List<string[]>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = Split(line);
            if (header is null)
            {
                header = fields;
                continue;
            }

            if (fields.Length != header.Length)
            {
                throw new FormatException($"{path}:{lineNumber}: expected {header.Length} fields but found {fields.Length}");
            }

            rows.Add(fields);
        }

        return new CsvTable(path, header ?? throw new FormatException($"{path}: no header row"), rows);
    }

    /// <summary>Whether the table has the column.</summary>
    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>A text field.</summary>
    public string Text(string[] row, string column) =>
        _columns.TryGetValue(column, out var i) ? row[i] : throw new FormatException($"{Path}: missing column '{column}'");

    /// <summary>A numeric field; null when empty.</summary>
    public double? NumberOrNull(string[] row, string column)
    {
        var text = Text(row, column);
        if (text.Length == 0)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new FormatException($"{Path}: '{text}' in column '{column}' is not a number");
    }

    /// <summary>A required numeric field.</summary>
    public double Number(string[] row, string column) =>
        NumberOrNull(row, column) ?? throw new FormatException($"{Path}: empty value in column '{column}'");

    private static string[] Split(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    sb.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    sb.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(sb.ToString());
                sb.Clear();
            }
            else
            {
                sb.Append(c);
            }
        }

        fields.Add(sb.ToString());
        return fields.Select(f => f.Trim()).ToArray();
    }
}
