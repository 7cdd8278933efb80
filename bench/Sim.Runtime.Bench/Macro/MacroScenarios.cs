using Sim.Runtime.Bench.Grains;
using Sim.Runtime.Testing;

namespace Sim.Runtime.Bench.Macro;

/// <summary>The macro benchmarks of the brief: pings in and across silos, fan-out, a bulk batch, idle memory.</summary>
internal static class MacroScenarios
{
    public static IReadOnlyList<Scenario> All { get; } =
    [
        new("in-silo ping (grain to grain, 1 silo)", "calls/s", InSiloPingAsync),
        new("cross-silo ping (grain on silo 1 to grains on silo 2)", "calls/s", CrossSiloPingAsync),
        new("client ping (client to grains, 2 silos)", "calls/s", ClientPingAsync),
        new("fan-out 1000 (one grain to 1000 grains on 2 silos)", "calls/s", FanOutAsync),
        new("bulk 1M persons x 8 columns, silo 1 to silo 2", "persons/s", BulkAsync),
        new("idle activation, runtime bytes each (200k grains)", "bytes", IdleBytesAsync),
        new("  of which the grain directory entry", "bytes", DirectoryEntryBytesAsync),
    ];

    private static async Task<(IAsyncDisposable, Func<Task<Measurement>>)> InSiloPingAsync()
    {
        var cluster = await BenchCluster.StartAsync(1);
        return (cluster, Driving(cluster.Primary.GrainFactory, drivers: 4, targetsPerDriver: 2_500, rounds: 100, window: 100, keysFor: null));
    }

    private static async Task<(IAsyncDisposable, Func<Task<Measurement>>)> CrossSiloPingAsync()
    {
        var cluster = await BenchCluster.StartAsync(2);
        var remote = cluster.Silos[1];
        return (cluster, Driving(cluster.Silos[0].GrainFactory, drivers: 4, targetsPerDriver: 1_000, rounds: 50, window: 100,
            keysFor: (d, n) => BenchCluster.KeysOwnedBy(remote, n, start: d * 1_000_000L)));
    }

    private static async Task<(IAsyncDisposable, Func<Task<Measurement>>)> ClientPingAsync()
    {
        var cluster = await BenchCluster.StartAsync(2);
        var targets = Enumerable.Range(0, 2_000).Select(i => cluster.Client.GetGrain<IPingGrain>(i)).ToArray();
        const int Rounds = 50;
        return (cluster, () => Measurement.TimeAsync(targets.Length * (double)Rounds, () => Task.WhenAll(Enumerable.Range(0, 4).Select(async c =>
        {
            var mine = targets.Skip(c * 500).Take(500).ToArray();
            for (var r = 0; r < Rounds; r++)
            {
                await Task.WhenAll(mine.Select(t => t.Ping(r).AsTask()));
            }
        }))));
    }

    private static async Task<(IAsyncDisposable, Func<Task<Measurement>>)> FanOutAsync()
    {
        var cluster = await BenchCluster.StartAsync(2);
        var driver = cluster.Silos[0].GrainFactory.GetGrain<IDriverGrain>(1);
        var targets = Enumerable.Range(0, 1_000).Select(i => (long)i).ToArray();
        const int Rounds = 100;
        return (cluster, () => Measurement.TimeAsync(targets.Length * (double)Rounds, () => driver.Drive(targets, Rounds, 1_000)));
    }

    private static async Task<(IAsyncDisposable, Func<Task<Measurement>>)> BulkAsync()
    {
        var cluster = await BenchCluster.StartAsync(2);
        var batch = PersonBatch.Create(1_000_000);

        // Activate the sink on silo 2 (prefer-local), then call it with a reference of silo 1.
        await cluster.Silos[1].GrainFactory.GetGrain<IBulkSinkGrain>(1).Receive(PersonBatch.Create(1));
        var sink = cluster.Silos[0].GrainFactory.GetGrain<IBulkSinkGrain>(1);
        var driver = cluster.Silos[0].GrainFactory.GetGrain<IDriverGrain>(7);
        const int Transfers = 10;
        return (cluster, () => Measurement.TimeAsync(batch.Id.Length * (double)Transfers, async () =>
        {
            for (var i = 0; i < Transfers; i++)
            {
                await driver.SendBatch(sink, batch);
            }
        }));
    }

    private static Task<(IAsyncDisposable, Func<Task<Measurement>>)> IdleBytesAsync()
    {
        // Each run needs a fresh silo: it measures what 200k new activations add to the heap.
        Func<Task<Measurement>> run = async () =>
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

            return Measurement.Value((after - before) / (double)Count);
        };
        return Task.FromResult<(IAsyncDisposable, Func<Task<Measurement>>)>((NoCluster.Instance, run));
    }

    private static Task<(IAsyncDisposable, Func<Task<Measurement>>)> DirectoryEntryBytesAsync()
    {
        Func<Task<Measurement>> run = async () =>
        {
            const int Count = 200_000;
            var silo = new SiloAddress("silo-1", 1);
            var ids = Enumerable.Range(0, Count).Select(i => GrainId.Create("idle", i)).ToArray();
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var directory = new InMemoryGrainDirectory();
            for (var i = 0; i < Count; i++)
            {
                await directory.Register(new GrainAddress(ids[i], silo, i), null);
            }

            var after = GC.GetTotalMemory(forceFullCollection: true);
            GC.KeepAlive(directory);
            return Measurement.Value((after - before) / (double)Count);
        };
        return Task.FromResult<(IAsyncDisposable, Func<Task<Measurement>>)>((NoCluster.Instance, run));
    }

    private static Func<Task<Measurement>> Driving(IGrainFactory factory, int drivers, int targetsPerDriver, int rounds, int window, Func<int, int, long[]>? keysFor)
    {
        var plans = Enumerable.Range(0, drivers)
            .Select(d => keysFor?.Invoke(d, targetsPerDriver) ?? Enumerable.Range(0, targetsPerDriver).Select(i => (long)((d * targetsPerDriver) + i)).ToArray())
            .ToArray();
        var grains = Enumerable.Range(0, drivers).Select(d => factory.GetGrain<IDriverGrain>(100 + d)).ToArray();
        return () => Measurement.TimeAsync(drivers * (double)targetsPerDriver * rounds, () => Task.WhenAll(grains.Select((g, d) => g.Drive(plans[d], rounds, window))));
    }

    private sealed class NoCluster : IAsyncDisposable
    {
        public static NoCluster Instance { get; } = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
