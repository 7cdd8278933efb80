using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Spectre.Console;

namespace Sim.Host.Cli;

/// <summary>
/// Where a command writes: standard output and error, a Spectre console over the output for tables and the live
/// progress bar (only when <see cref="Interactive"/>), and plain log lines otherwise. Tests pass writers.
/// </summary>
internal sealed class CliConsole
{
    private readonly Action<ILoggingBuilder, LogLevel> _addConsole;
    private readonly Action<ILoggingBuilder, string, LogLevel> _addFilter;

    private CliConsole(TextWriter output, TextWriter error, bool interactive, IAnsiConsole ansi, Action<ILoggingBuilder, LogLevel> addConsole, Action<ILoggingBuilder, string, LogLevel> addFilter)
    {
        Out = output;
        Error = error;
        Interactive = interactive;
        Ansi = ansi;
        _addConsole = addConsole;
        _addFilter = addFilter;
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

        return new CliConsole(Console.Out, Console.Error, interactive, ansi, (builder, minimum) => builder
            .AddConsole(o => o.FormatterName = OneLineConsoleFormatter.FormatterName)
            .AddConsoleFormatter<OneLineConsoleFormatter, ConsoleFormatterOptions>()
            .AddFilter<ConsoleLoggerProvider>(null, minimum),
            (builder, category, minimum) => builder.AddFilter<ConsoleLoggerProvider>(category, minimum));
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
            (builder, minimum) => builder.AddProvider(new ConsoleWriterLoggerProvider(output, minimum)),
            (builder, category, minimum) => builder.AddFilter<ConsoleWriterLoggerProvider>(category, minimum));
    }

    /// <summary>A logger factory for plain log lines (dispose it to flush).</summary>
    public ILoggerFactory CreateLoggerFactory() => LoggerFactory.Create(b => AddConsoleLogging(b.SetMinimumLevel(LogLevel.Information), LogLevel.Information));

    /// <summary>Adds this console as a log destination for <paramref name="minimum"/> and above.</summary>
    public void AddConsoleLogging(ILoggingBuilder builder, LogLevel minimum) => _addConsole(builder, minimum);

    /// <summary>Raises the console's minimum level for one category (and its sub-categories).</summary>
    public void AddConsoleFilter(ILoggingBuilder builder, string category, LogLevel minimum) => _addFilter(builder, category, minimum);
}
