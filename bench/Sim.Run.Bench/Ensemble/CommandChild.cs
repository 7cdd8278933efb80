using System.Diagnostics;
using System.Text.Json;
using Sim.Host.Cli;

namespace Sim.Run.Bench.Ensemble;

/// <summary>
/// <c>sim-command ARGS...</c> (hidden): runs one <c>sim</c> command line through the CLI in this process and prints its
/// wall time, CPU time and peak working set as one JSON line after <see cref="CommandFigures.Marker"/>.
/// </summary>
internal static class CommandChild
{
    public static async Task<int> RunAsync(string[] simArguments)
    {
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var code = await SimCli.InvokeAsync(simArguments, CliConsole.ForWriters(TextWriter.Null, Console.Error), CancellationToken.None);
        var wall = clock.Elapsed;
        process.Refresh();
        if (code != 0)
        {
            return code;
        }

        Console.WriteLine(CommandFigures.Marker + JsonSerializer.Serialize(
            new CommandFigures(wall.TotalSeconds, (process.TotalProcessorTime - cpuBefore).TotalSeconds, process.PeakWorkingSet64)));
        return 0;
    }
}
