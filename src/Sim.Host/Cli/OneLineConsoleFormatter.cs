using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Sim.Host.Cli;

/// <summary>
/// The terminal's log lines: <c>HH:mm:ss info: category[event] message</c> like the simple console's single-line
/// format, but an exception is its types and messages on the same line, never a stack trace (the run's log file
/// keeps those).
/// </summary>
internal sealed class OneLineConsoleFormatter() : ConsoleFormatter(FormatterName)
{
    /// <summary>The formatter's name in the console logger's options.</summary>
    public const string FormatterName = "sim-one-line";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (message is null && logEntry.Exception is null)
        {
            return;
        }

        textWriter.Write(DateTime.Now.ToString("HH:mm:ss ", System.Globalization.CultureInfo.InvariantCulture));
        textWriter.Write($"{WriterLoggerProvider.Level(logEntry.LogLevel)}: {logEntry.Category}[{logEntry.EventId.Id}] {message?.ReplaceLineEndings(" ")}");
        if (logEntry.Exception is { } exception)
        {
            textWriter.Write(" <- " + WriterLoggerProvider.OneLine(exception));
        }

        textWriter.WriteLine();
    }
}
