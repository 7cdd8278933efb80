namespace Sim.Calibration.Observed;

/// <summary>
/// An observed-data file is missing or malformed. The message names the file, the line and the column, the
/// value found and what is allowed, e.g. <c>population.csv:7: column 'population': 'abc' is not a whole number</c>.
/// </summary>
public sealed class ObservedDataException : Exception
{
    /// <summary>Creates the exception for a problem at a file position (line 0 when the whole file is concerned).</summary>
    public ObservedDataException(string file, int line, string? column, string problem)
        : base(Format(file, line, column, problem))
    {
        File = file;
        Line = line;
        Column = column;
    }

    /// <summary>Creates an exception with a message only.</summary>
    public ObservedDataException()
        : this(string.Empty, 0, null, "observed data are invalid")
    {
    }

    /// <summary>Creates an exception with a message only.</summary>
    public ObservedDataException(string message)
        : base(message) => File = string.Empty;

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    public ObservedDataException(string message, Exception innerException)
        : base(message, innerException) => File = string.Empty;

    /// <summary>The file concerned, as given to the loader.</summary>
    public string File { get; }

    /// <summary>1-based line of the problem; 0 when it concerns the whole file.</summary>
    public int Line { get; }

    /// <summary>The column concerned, if any.</summary>
    public string? Column { get; }

    private static string Format(string file, int line, string? column, string problem)
    {
        var where = line > 0 ? $"{file}:{line}" : file;
        return column is null ? $"{where}: {problem}" : $"{where}: column '{column}': {problem}";
    }
}
