namespace Sim.Reporting;

/// <summary>
/// Input that a report, comparison or ensemble summary cannot use: a folder that is not a run, runs that do not
/// match, a missing column. The message is one line naming the file or folder, what is wrong and what is allowed.
/// </summary>
public sealed class ReportInputException : Exception
{
    /// <summary>Creates the exception with its one-line message.</summary>
    public ReportInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its one-line message and the error that caused it.</summary>
    public ReportInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception without a message (prefer the constructors with one).</summary>
    public ReportInputException()
    {
    }
}
