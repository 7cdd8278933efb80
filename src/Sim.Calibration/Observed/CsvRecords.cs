using Sim.Scenarios;

namespace Sim.Calibration.Observed;

/// <summary>
/// Reads one observed-data CSV with the project's CSV reader (<see cref="CsvFile"/>) and wraps each row in a
/// <see cref="CsvRecord"/>, whose typed accessors name the file, the line and the column of every error.
/// </summary>
internal static class CsvRecords
{
    public static List<CsvRecord> Read(string path, string displayName, IReadOnlyList<string> requiredColumns)
    {
        try
        {
            return [.. CsvFile.Read(path, requiredColumns, displayName).Select(row => new CsvRecord(row))];
        }
        catch (CsvFormatException e)
        {
            throw new ObservedDataException(e.File, e.Line, e.Column, e.Problem);
        }
    }
}
