using System.CommandLine;
using Sim.Host.Commands;

namespace Sim.Host.Cli;

/// <summary>Builds and runs the <c>sim</c> command line.</summary>
internal static class SimCli
{
    /// <summary>The root command with every command of <see cref="CommandCatalog"/>.</summary>
    public static RootCommand CreateRoot(CliConsole console)
    {
        var root = new RootCommand("sim: agent-based simulation of migration and demography in Kazakhstan's regions to 2030.");
        foreach (var create in CommandCatalog.All)
        {
            root.Subcommands.Add(create(console));
        }

        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code (parse errors are bad input: 2).</summary>
    public static async Task<int> InvokeAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        var parse = CreateRoot(console).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await console.Error.WriteLineAsync("sim: " + ParseErrorText.Describe(error.Message));
            }

            await console.Error.WriteLineAsync("Run 'sim --help' for usage.");
            return ExitCodes.BadInput;
        }

        var configuration = new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            // Signals are handled by TerminationSignals from the start of Main and arrive as cancellationToken.
            ProcessTerminationTimeout = null,
        };
        return await parse.InvokeAsync(configuration, cancellationToken);
    }
}
