using System.Text.Json;
using Sim.Output;
using Sim.Output.Dictionary;
using Sim.Parquet;

namespace Sim.Host.Inspection;

/// <summary>
/// Finds one person in a finished run's files: a row in each person snapshot that holds it (by year) and its
/// events (when the run wrote its event log). Reads only the <c>person_id</c> column of each row group first.
/// </summary>
internal static class RunFolderPersons
{
    /// <summary>Resolves a run given as a folder or as a name under <c>out/</c>; null when neither is a run folder of sim.</summary>
    public static string? ResolveRunFolder(string run)
    {
        if (RunFolderMarkers.IsRunFolder(run))
        {
            return run;
        }

        var underOut = Path.Combine("out", run);
        return RunFolderMarkers.IsRunFolder(underOut) ? underOut : null;
    }

    /// <summary>The snapshot rows of the person by year (column name → text), oldest first.</summary>
    public static List<(int Year, Dictionary<string, string> Row)> Snapshots(string runFolder, long personId)
    {
        var result = new List<(int, Dictionary<string, string>)>();
        var persons = Path.Combine(runFolder, OutputTables.Persons.Name);
        if (!Directory.Exists(persons))
        {
            return result;
        }

        foreach (var yearFolder in Directory.GetDirectories(persons, "year=*").Order(StringComparer.Ordinal))
        {
            var year = int.Parse(Path.GetFileName(yearFolder)["year=".Length..], System.Globalization.CultureInfo.InvariantCulture);
            foreach (var file in Directory.GetFiles(yearFolder, "*.parquet").Order(StringComparer.Ordinal))
            {
                if (FindRow(file, "person_id", personId) is { } row)
                {
                    result.Add((year, row));
                    break;
                }
            }
        }

        return result;
    }

    /// <summary>The person's events in log order, or null when the run wrote no event log.</summary>
    public static List<Dictionary<string, string>>? Events(string runFolder, long personId)
    {
        var events = Path.Combine(runFolder, OutputTables.Events.Name);
        if (!Directory.Exists(events))
        {
            return null;
        }

        var rows = new List<Dictionary<string, string>>();
        foreach (var file in Directory.GetFiles(events, "*.parquet").Order(StringComparer.Ordinal))
        {
            rows.AddRange(FindRows(file, "person_id", personId));
        }

        // Stable: within a month, the region whose log says the person moved out comes first.
        return [.. rows.OrderBy(r => r["month"], StringComparer.Ordinal).ThenBy(r => r["kind"] == "move_in" ? 1 : 0)];
    }

    /// <summary>The scenario name, seed, scale, months and source of a run folder's manifest.</summary>
    /// <exception cref="InvalidDataException">The manifest is not JSON, naming the file.</exception>
    public static JsonDocument Manifest(string runFolder)
    {
        var path = Path.Combine(runFolder, RunManifest.FileName);
        try
        {
            return JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a manifest of sim ({e.Message})", e);
        }
    }

    private static Dictionary<string, string>? FindRow(string file, string idColumn, long id) => FindRows(file, idColumn, id).FirstOrDefault();

    private static IEnumerable<Dictionary<string, string>> FindRows(string file, string idColumn, long id)
    {
        try
        {
            return FindRowsIn(file, idColumn, id);
        }
        catch (Exception e) when (e is ParquetFormatException or IOException or UnauthorizedAccessException or KeyNotFoundException or ArgumentException)
        {
            throw new InvalidDataException($"{file}: cannot be read ({e.Message})", e);
        }
    }

    private static List<Dictionary<string, string>> FindRowsIn(string file, string idColumn, long id)
    {
        using var reader = ParquetFileReader.Open(file);
        var column = reader.Schema.IndexOf(idColumn);
        var found = new List<Dictionary<string, string>>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var ids = reader.ReadColumn<long>(g, column);
            for (var i = 0; i < ids.Length; i++)
            {
                if (ids[i] == id)
                {
                    found.Add(ReadRow(reader, g, i));
                }
            }
        }

        return found;
    }

    private static Dictionary<string, string> ReadRow(ParquetFileReader reader, int rowGroup, int row)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var c = 0; c < reader.Schema.Fields.Count; c++)
        {
            var field = reader.Schema.Fields[c];
            values[field.Name] = field.Type switch
            {
                ParquetType.String => reader.ReadStrings(rowGroup, c)[row] ?? "",
                ParquetType.Int64 => Text(reader.ReadColumn<long>(rowGroup, c, out var p)[row], p, row),
                ParquetType.Int16 => Text(reader.ReadColumn<short>(rowGroup, c, out var p)[row], p, row),
                ParquetType.Int32 => Text(reader.ReadColumn<int>(rowGroup, c, out var p)[row], p, row),
                ParquetType.Double => Text(reader.ReadColumn<double>(rowGroup, c, out var p)[row], p, row),
                ParquetType.Boolean => Text(reader.ReadColumn<bool>(rowGroup, c, out var p)[row], p, row),
                ParquetType.Date => Text(reader.ReadColumn<DateOnly>(rowGroup, c, out var p)[row].ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), p, row),
                _ => "?",
            };
        }

        return values;
    }

    private static string Text<T>(T value, bool[]? present, int row) =>
        present is not null && !present[row] ? "" : string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}", value);
}
