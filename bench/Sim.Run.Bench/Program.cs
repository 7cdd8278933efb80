using BenchmarkDotNet.Running;
using Sim.Run.Bench.Barrier;
using Sim.Run.Bench.Cluster;
using Sim.Run.Bench.Ensemble;
using Sim.Run.Bench.Macro;
using Sim.Run.Bench.Serialization;

namespace Sim.Run.Bench;

internal static class Program
{
    /// <summary>
    /// <c>macro [options]</c>: whole <c>sim run</c>s, each in a child process (wall, CPU, person-months/s, peak memory,
    /// same Parquet bytes); <c>barrier [options]</c>: the run grain's month barrier on in-process silos;
    /// <c>cluster [options]</c>: the run on three <c>sim silo</c> processes and a client against the embedded silo, and a killed silo;
    /// <c>shipments [options]</c>: mover serialization throughput by CPU time; <c>ensemble [options]</c>: N members at once
    /// against N one after another (<c>sim-command ARGS</c> is its hidden child); anything else goes to BenchmarkDotNet (<c>--filter *Name*</c>). Bad options exit 2 with one line saying what is allowed.
    /// </summary>
    public static async Task<int> Main(string[] args)
    {
        Func<Task<int>>? mode;
        try
        {
            mode = args.FirstOrDefault() switch
            {
                "macro" => Bind(MacroOptions.Parse(args[1..]), RunMacro.RunAsync),
                "barrier" => Bind(BarrierOptions.Parse(args[1..]), BarrierMacro.RunAsync),
                "cluster" => Bind(ClusterOptions.Parse(args[1..]), ClusterMacro.RunAsync),
                "shipments" => Bind(ShipmentsOptions.Parse(args[1..]), o => Task.FromResult(ShipmentsMacro.Run(o))),
                "ensemble" => Bind(EnsembleBenchOptions.Parse(args[1..]), EnsembleBench.RunAsync),
                "sim-command" => () => CommandChild.RunAsync(args[1..]),
                _ => null,
            };
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }

        if (mode is not null)
        {
            return await mode();
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    private static Func<Task<int>> Bind<T>(T options, Func<T, Task<int>> run) => () => run(options);
}
