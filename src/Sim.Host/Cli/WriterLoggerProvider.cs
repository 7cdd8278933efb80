using Microsoft.Extensions.Logging;

namespace Sim.Host.Cli;

/// <summary>
/// Writes log lines (<c>info: category: message</c>) at <c>minimum</c> and above to a text writer: a run's log file
/// (exceptions with their stack traces), or the console when it is not the process's (exceptions as one line each).
/// </summary>
internal sealed class WriterLoggerProvider(TextWriter writer, LogLevel minimum = LogLevel.Information, bool stackTraces = true) : ILoggerProvider
{
    private readonly Lock _gate = new();

    private LogLevel Minimum => minimum;

    public ILogger CreateLogger(string categoryName) => new WriterLogger(this, categoryName);

    public void Dispose()
    {
    }

    private void Write(LogLevel level, string category, string message, Exception? exception)
    {
        lock (_gate)
        {
            writer.WriteLine($"{Level(level)}: {category}: {message}");
            if (exception is not null)
            {
                writer.WriteLine(stackTraces ? exception.ToString() : "  " + OneLine(exception));
            }
        }
    }

    /// <summary>The exception's type and message, then its inner exceptions', on one line.</summary>
    internal static string OneLine(Exception exception)
    {
        var parts = new List<string>();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            parts.Add($"{e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}");
        }

        return string.Join(" <- ", parts);
    }

    /// <summary>The four-letter level of a log line.</summary>
    internal static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        _ => "crit",
    };

    private sealed class WriterLogger(WriterLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && logLevel >= provider.Minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.Write(logLevel, category, formatter(state, exception), exception);
            }
        }
    }
}
