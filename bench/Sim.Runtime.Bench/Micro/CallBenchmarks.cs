using BenchmarkDotNet.Attributes;
using Sim.Runtime.Bench.Grains;
using Sim.Runtime.Bench.Macro;
using Sim.Runtime.Testing;

namespace Sim.Runtime.Bench.Micro;

/// <summary>Latency of one awaited call: within a silo, between silos (serialized), and from the client.</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class CallBenchmarks
{
    private TestCluster _cluster = null!;
    private IPingGrain _local = null!;
    private IPingGrain _remote = null!;
    private IPingGrain _fromClient = null!;

    [GlobalSetup]
    public void Setup()
    {
        _cluster = BenchCluster.StartAsync(2).GetAwaiter().GetResult();
        var caller = _cluster.Silos[0];
        var localKey = BenchCluster.KeysOwnedBy(caller, 1)[0];
        var remoteKey = BenchCluster.KeysOwnedBy(_cluster.Silos[1], 1)[0];
        _local = caller.GrainFactory.GetGrain<IPingGrain>(localKey);
        _remote = caller.GrainFactory.GetGrain<IPingGrain>(remoteKey);
        _fromClient = _cluster.Client.GetGrain<IPingGrain>(remoteKey);
        _local.Ping(0).AsTask().GetAwaiter().GetResult();
        _remote.Ping(0).AsTask().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public ValueTask<int> InSiloCall() => _local.Ping(1);

    [Benchmark]
    public ValueTask<int> CrossSiloCall() => _remote.Ping(1);

    [Benchmark]
    public ValueTask<int> ClientCall() => _fromClient.Ping(1);
}
