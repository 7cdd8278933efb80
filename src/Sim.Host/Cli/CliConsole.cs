using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace Sim.Host.Cli;

/// <summary>
/// Where a command writes: standard output and error, a Spectre console over the output for tables and the live
/// progress bar (only when <see cref="Interactive"/>), and plain log lines otherwise. Tests pass writers.
/// </summary>
internal sealed class CliConsole
{
    private readonly Func<ILoggerFactory> _loggers;

    private CliConsole(TextWriter output, TextWriter error, bool interactive, IAnsiConsole ansi, Func<ILoggerFactory> loggers)
    {
        Out = output;
        Error = error;
        Interactive = interactive;
        Ansi = ansi;
        _loggers = loggers;
    }

    /// <summary>Standard output.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>Whether the output is a terminal that can show a live progress bar (not redirected, not CI).</summary>
    public bool Interactive { get; }

    /// <summary>Spectre console writing to <see cref="Out"/>.</summary>
    public IAnsiConsole Ansi { get; }

    /// <summary>The process's console.</summary>
    public static CliConsole System()
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        var interactive = !Console.IsOutputRedirected && !ci && Environment.GetEnvironmentVariable("TERM") != "dumb";
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Out),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!interactive)
        {
            // Redirected output has no width of its own: an exported COLUMNS says the reader's, else wide for logs.
            ansi.Profile.Width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns >= 40 ? columns : 200;
        }

        return new CliConsole(Console.Out, Console.Error, interactive, ansi, () => LoggerFactory.Create(b => b
            .AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
            })
            .SetMinimumLevel(LogLevel.Information)));
    }

    /// <summary>A non-interactive console over the given writers (tests, embedding), <paramref name="width"/> columns wide.</summary>
    public static CliConsole ForWriters(TextWriter output, TextWriter error, int width = 200)
    {
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        ansi.Profile.Width = width;
        return new CliConsole(output, error, interactive: false, ansi,
            () => LoggerFactory.Create(b => b.AddProvider(new WriterLoggerProvider(output)).SetMinimumLevel(LogLevel.Information)));
    }

    /// <summary>A logger factory for plain log lines (dispose it to flush).</summary>
    public ILoggerFactory CreateLoggerFactory() => _loggers();
}
