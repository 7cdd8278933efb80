using Microsoft.Extensions.Logging;

namespace Sim.Host.Cli;

/// <summary>Writes log lines (<c>info: category: message</c>) at <c>minimum</c> and above to a text writer: a run's log file, or the console when it is not the process's.</summary>
internal sealed class WriterLoggerProvider(TextWriter writer, LogLevel minimum = LogLevel.Information) : ILoggerProvider
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
                writer.WriteLine(exception.ToString());
            }
        }
    }

    private static string Level(LogLevel level) => level switch
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
