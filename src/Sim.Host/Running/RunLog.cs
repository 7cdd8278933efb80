using Microsoft.Extensions.Logging;
using Sim.Host.Cli;

namespace Sim.Host.Running;

/// <summary>
/// Where the silos' logs go during <c>sim run</c>: everything from Information up into the run's <c>sim.log</c>,
/// and only warnings and errors on the terminal (Information too with <c>--verbose</c>), so Orleans' start-up chatter
/// does not bury the progress bar.
/// </summary>
internal static class RunLog
{
    /// <summary>The log file's name in the run folder.</summary>
    public const string FileName = "sim.log";

    /// <summary>
    /// Categories whose warnings are advice to an operator of a long-lived silo (ServerGC notes, the watchdog's and
    /// the scheduler's notes on long turns while a month saturates the cores, connection retries): on the terminal
    /// only from Error up; the file keeps them.
    /// </summary>
    private static readonly string[] OperatorAdvice =
        ["Orleans.Runtime.Silo", "Orleans.Runtime.Watchdog", "Orleans.Runtime.Scheduler", "Orleans.Runtime.Messaging.ConnectionManager"];

    /// <summary>
    /// Categories whose errors <c>sim run</c> reports itself in one line (a client that cannot join its cluster):
    /// on the terminal only when critical; the file keeps them.
    /// </summary>
    private static readonly string[] ReportedByRun = ["Microsoft.Extensions.Hosting.Internal.Host"];

    /// <summary>The logging of the run's silos; <paramref name="file"/> must be synchronized (every silo writes to it).</summary>
    public static Action<ILoggingBuilder> Configure(CliConsole console, TextWriter file, bool verbose) => builder =>
    {
        builder.SetMinimumLevel(LogLevel.Information);
        builder.AddFilter("Polly", LogLevel.Warning);
        builder.AddProvider(new WriterLoggerProvider(file));
        console.AddConsoleLogging(builder, verbose ? LogLevel.Information : LogLevel.Warning);
        // "Hosting failed to start" repeats, with a stack trace, the failure sim run reports as one line.
        console.AddConsoleFilter(builder, "Microsoft.Extensions.Hosting", LogLevel.None);
        if (!verbose)
        {
            foreach (var category in OperatorAdvice)
            {
                console.AddConsoleFilter(builder, category, LogLevel.Error);
            }

            foreach (var category in ReportedByRun)
            {
                console.AddConsoleFilter(builder, category, LogLevel.Critical);
            }
        }
    };
}
