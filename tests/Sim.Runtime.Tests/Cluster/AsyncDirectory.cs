namespace Sim.Runtime.Tests.Cluster;

/// <summary>A directory whose every operation completes later on the thread pool, like a remote (SQL) directory.</summary>
public sealed class AsyncDirectory : IGrainDirectory
{
    private readonly InMemoryGrainDirectory _inner = new();

    public int Count => _inner.Count;

    public async ValueTask<GrainAddress> Register(GrainAddress address, GrainAddress? previousAddress)
    {
        await Task.Yield();
        return await _inner.Register(address, previousAddress);
    }

    public async ValueTask Unregister(GrainAddress address)
    {
        await Task.Yield();
        await _inner.Unregister(address);
    }

    public async ValueTask<GrainAddress?> Lookup(GrainId grainId)
    {
        await Task.Yield();
        return await _inner.Lookup(grainId);
    }

    public async ValueTask UnregisterSilos(IReadOnlyCollection<SiloAddress> silos)
    {
        await Task.Yield();
        await _inner.UnregisterSilos(silos);
    }
}
