using Sim.Host.Cli;

namespace Sim.Host;

/// <summary>Entry point of the <c>sim</c> command line.</summary>
public static class Program
{
    /// <summary>Runs the command line; SIGINT or SIGTERM cancels the running command, which then exits with 130.</summary>
    public static async Task<int> Main(string[] args)
    {
        using var signals = TerminationSignals.Register(Console.Error);
        var code = await SimCli.InvokeAsync(args, CliConsole.System(), signals.Token);
        return signals.Token.IsCancellationRequested && code == ExitCodes.Ok ? ExitCodes.Cancelled : code;
    }
}
