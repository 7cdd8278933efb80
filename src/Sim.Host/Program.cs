using Sim.Host.Cli;

namespace Sim.Host;

/// <summary>Entry point of the <c>sim</c> command line.</summary>
public static class Program
{
    /// <summary>Runs the command line; Ctrl-C cancels the running command, which then exits with 130.</summary>
    public static Task<int> Main(string[] args) => SimCli.InvokeAsync(args, CliConsole.System(), CancellationToken.None);
}
