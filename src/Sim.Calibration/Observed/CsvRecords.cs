using System.Text;

namespace Sim.Calibration.Observed;

/// <summary>
/// Reads one observed-data CSV: a header with the required columns, then records whose fields are parsed
/// on demand by <see cref="CsvRecord"/> so every error can name the file, the line and the column.
/// Fields are separated by commas and may be double-quoted (<c>""</c> inside quotes is a quote); a record is
/// one line; blank lines and lines starting with <c>#</c> are skipped.
/// </summary>
internal static class CsvRecords
{
    public static List<CsvRecord> Read(string path, string displayName, IReadOnlyList<string> requiredColumns)
    {
        if (!File.Exists(path))
        {
            throw new ObservedDataException(displayName, 0, null, $"file not found (looked for {Path.GetFullPath(path)})");
        }

        string[]? header = null;
        Dictionary<string, int>? columns = null;
        var records = new List<CsvRecord>();
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (text.Trim().Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            var fields = Split(text, displayName, line);
            if (header is null)
            {
                header = fields;
                columns = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < header.Length; i++)
                {
                    if (!columns.TryAdd(header[i], i))
                    {
                        throw new ObservedDataException(displayName, line, header[i], "the header names this column twice");
                    }
                }

                var missing = requiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
                if (missing.Count > 0)
                {
                    throw new ObservedDataException(displayName, line, null,
                        $"header lacks column(s) {string.Join(", ", missing.Select(m => $"'{m}'"))}; expected {string.Join(", ", requiredColumns)}");
                }

                continue;
            }

            if (fields.Length != header.Length)
            {
                throw new ObservedDataException(displayName, line, null,
                    $"expected {header.Length} fields as in the header but found {fields.Length}");
            }

            records.Add(new CsvRecord(displayName, line, columns!, fields));
        }

        return header is null
            ? throw new ObservedDataException(displayName, 1, null, "the file is empty: expected a header line with columns " + string.Join(", ", requiredColumns))
            : records;
    }

    /// <summary>Splits one line into trimmed fields, honouring double quotes.</summary>
    internal static string[] Split(string text, string displayName, int line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            if (i < text.Length && text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new ObservedDataException(displayName, line, null, $"field {fields.Count + 1} opens a quote that is not closed on this line");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                while (i < text.Length && text[i] == ' ')
                {
                    i++;
                }

                if (i < text.Length && text[i] != ',')
                {
                    throw new ObservedDataException(displayName, line, null, $"field {fields.Count + 1} has text after its closing quote");
                }
            }
            else
            {
                while (i < text.Length && text[i] != ',')
                {
                    if (text[i] == '"')
                    {
                        throw new ObservedDataException(displayName, line, null, $"field {fields.Count + 1} has a quote inside an unquoted value");
                    }

                    field.Append(text[i++]);
                }
            }

            fields.Add(field.ToString().Trim());
            field.Clear();
            if (i >= text.Length)
            {
                return [.. fields];
            }

            i++;
        }
    }
}
