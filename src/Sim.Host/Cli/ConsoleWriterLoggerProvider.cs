using Microsoft.Extensions.Logging;

namespace Sim.Host.Cli;

/// <summary>
/// The console's log lines when the console is a pair of writers (tests, embedding): a provider type of its own, so
/// that per-category filters aimed at the console do not also thin out a run's log file. Exceptions are one line
/// each: no stack trace on a terminal.
/// </summary>
[ProviderAlias("ConsoleWriter")]
internal sealed class ConsoleWriterLoggerProvider(TextWriter writer, LogLevel minimum) : ILoggerProvider
{
    private readonly WriterLoggerProvider _inner = new(writer, minimum, stackTraces: false);

    public ILogger CreateLogger(string categoryName) => _inner.CreateLogger(categoryName);

    public void Dispose() => _inner.Dispose();
}
