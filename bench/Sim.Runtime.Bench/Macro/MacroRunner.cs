using System.Diagnostics;
using System.Globalization;
using Sim.Runtime.Bench.Grains;

namespace Sim.Runtime.Bench.Macro;

/// <summary>
/// The quick macro mode: whole-runtime throughput and memory figures, each the median of several runs after a warm-up.
/// Run: <c>dotnet run -c Release --project bench/Sim.Runtime.Bench -- macro [runs]</c>.
/// </summary>
internal static class MacroRunner
{
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var filter = args.Length > 2 ? args[2] : string.Empty;
        Console.WriteLine($"Sim.Runtime macro benchmarks: {Environment.ProcessorCount} cores, {runs} runs each, medians; .NET {Environment.Version}");
        (string Name, string Unit, Func<Task<double>> Run)[] benchmarks =
        [
            ("in-silo ping (grain to grain, 1 silo)", "calls/s", InSiloPingAsync),
            ("cross-silo ping (grain on silo 1 to grains on silo 2)", "calls/s", CrossSiloPingAsync),
            ("client ping (client to grains, 2 silos)", "calls/s", ClientPingAsync),
            ("fan-out 1000 (one grain to 1000 grains on 2 silos)", "calls/s", FanOutAsync),
            ("bulk 1M persons x 8 columns, silo 1 to silo 2", "persons/s", BulkAsync),
            ("idle activation, runtime bytes each (200k grains)", "bytes", IdleBytesAsync),
        ];
        foreach (var (name, unit, run) in benchmarks.Where(b => b.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)))
        {
            var results = await RepeatAsync(runs, run);
            var line = string.Join(" ", results.Select(r => r.ToString("N0", CultureInfo.InvariantCulture)));
            Console.WriteLine($"{name,-58} median {results[results.Count / 2].ToString("N0", CultureInfo.InvariantCulture),15} {unit}   (runs: {line})");
        }

        return 0;
    }

    private static async Task<List<double>> RepeatAsync(int runs, Func<Task<double>> run)
    {
        await run(); // warm-up: JIT, proxies, codecs
        var results = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            results.Add(await run());
        }

        results.Sort();
        return results;
    }

    private static async Task<double> InSiloPingAsync()
    {
        await using var cluster = await BenchCluster.StartAsync(1);
        var silo = cluster.Primary;
        return await DriveAsync(silo.GrainFactory, drivers: 4, targetsPerDriver: 2_500, start: 0, rounds: 100, window: 100, keysFor: null);
    }

    private static async Task<double> CrossSiloPingAsync()
    {
        await using var cluster = await BenchCluster.StartAsync(2);
        var remote = cluster.Silos[1];
        return await DriveAsync(cluster.Silos[0].GrainFactory, drivers: 4, targetsPerDriver: 1_000, start: 0, rounds: 40, window: 100,
            keysFor: (d, n) => BenchCluster.KeysOwnedBy(cluster, remote, n, start: d * 1_000_000L));
    }

    private static async Task<double> ClientPingAsync()
    {
        await using var cluster = await BenchCluster.StartAsync(2);
        var targets = Enumerable.Range(0, 2_000).Select(i => cluster.Client.GetGrain<IPingGrain>(i)).ToArray();
        await Task.WhenAll(targets.Select(t => t.Ping(0).AsTask()));
        const int Rounds = 100;
        var sw = Stopwatch.StartNew();
        var callers = Enumerable.Range(0, 4).Select(async c =>
        {
            var mine = targets.Skip(c * 500).Take(500).ToArray();
            for (var r = 0; r < Rounds; r++)
            {
                await Task.WhenAll(mine.Select(t => t.Ping(r).AsTask()));
            }
        });
        await Task.WhenAll(callers);
        return targets.Length * (double)Rounds / sw.Elapsed.TotalSeconds;
    }

    private static async Task<double> FanOutAsync()
    {
        await using var cluster = await BenchCluster.StartAsync(2);
        var driver = cluster.Silos[0].GrainFactory.GetGrain<IDriverGrain>(1);
        var targets = Enumerable.Range(0, 1_000).Select(i => (long)i).ToArray();
        await driver.Drive(targets, 1, 1_000);
        const int Rounds = 200;
        var sw = Stopwatch.StartNew();
        await driver.Drive(targets, Rounds, 1_000);
        return targets.Length * (double)Rounds / sw.Elapsed.TotalSeconds;
    }

    private static async Task<double> BulkAsync()
    {
        await using var cluster = await BenchCluster.StartAsync(2);
        var batch = PersonBatch.Create(1_000_000);
        // Activate the sink on silo 2 (prefer-local), then call it with a reference of silo 1.
        await cluster.Silos[1].GrainFactory.GetGrain<IBulkSinkGrain>(1).Receive(PersonBatch.Create(1));
        var sink = cluster.Silos[0].GrainFactory.GetGrain<IBulkSinkGrain>(1);
        var driver = cluster.Silos[0].GrainFactory.GetGrain<IDriverGrain>(7);
        await driver.SendBatch(sink, batch);
        const int Transfers = 10;
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < Transfers; i++)
        {
            await driver.SendBatch(sink, batch);
        }

        return batch.Id.Length * (double)Transfers / sw.Elapsed.TotalSeconds;
    }

    private static async Task<double> IdleBytesAsync()
    {
        await using var cluster = await BenchCluster.StartAsync(1);
        var factory = cluster.Primary.GrainFactory;
        await factory.GetGrain<IIdleGrain>(-1).Touch();
        const int Count = 200_000;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        for (var start = 0; start < Count; start += 10_000)
        {
            await Task.WhenAll(Enumerable.Range(start, 10_000).Select(i => factory.GetGrain<IIdleGrain>(i).Touch()));
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        if (cluster.Primary.ActivationCount < Count)
        {
            throw new InvalidOperationException("Activations were collected during the measurement.");
        }

        return (after - before) / (double)Count;
    }

    private static async Task<double> DriveAsync(IGrainFactory factory, int drivers, int targetsPerDriver, long start, int rounds, int window, Func<int, int, long[]>? keysFor)
    {
        var plans = Enumerable.Range(0, drivers)
            .Select(d => keysFor?.Invoke(d, targetsPerDriver) ?? Enumerable.Range(0, targetsPerDriver).Select(i => start + (d * targetsPerDriver) + i).ToArray())
            .ToArray();
        var grains = Enumerable.Range(0, drivers).Select(d => factory.GetGrain<IDriverGrain>(100 + d)).ToArray();
        await Task.WhenAll(grains.Select((g, d) => g.Drive(plans[d], 1, window)));
        var sw = Stopwatch.StartNew();
        await Task.WhenAll(grains.Select((g, d) => g.Drive(plans[d], rounds, window)));
        return drivers * (double)targetsPerDriver * rounds / sw.Elapsed.TotalSeconds;
    }
}
