namespace Sim.Scenarios;

/// <summary>A CSV file is missing or malformed; the message names the file, the line and the column, e.g. <c>regions.csv:7: column 'lat': 'x' is not a number</c>.</summary>
public sealed class CsvFormatException : FormatException
{
    /// <summary>Creates the exception for a problem at a file position (line 0 when the whole file is concerned).</summary>
    public CsvFormatException(string file, int line, string? column, string problem)
        : base(Format(file, line, column, problem))
    {
        File = file;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public CsvFormatException()
        : this(string.Empty, 0, null, "the CSV file is malformed")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public CsvFormatException(string message)
        : this(string.Empty, 0, null, message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public CsvFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = string.Empty;
        Problem = message;
    }

    /// <summary>The file as named to the reader.</summary>
    public string File { get; }

    /// <summary>1-based line, or 0 for the whole file.</summary>
    public int Line { get; }

    /// <summary>The column concerned, if one is.</summary>
    public string? Column { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    private static string Format(string file, int line, string? column, string problem) =>
        (line > 0 ? FormattableString.Invariant($"{file}:{line}: ") : $"{file}: ") + (column is null ? problem : $"column '{column}': {problem}");
}
