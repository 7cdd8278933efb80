namespace Sim.Runtime;

/// <summary>
/// The grain directory of an in-process cluster: one table shared by all silos, split into lock-striped partitions
/// by the grain id's hash so registrations of different grains rarely contend. Every operation completes synchronously.
/// </summary>
public sealed class InMemoryGrainDirectory : IGrainDirectory
{
    private const int PartitionCount = 64;
    private readonly Partition[] _partitions;

    /// <summary>Creates an empty directory.</summary>
    public InMemoryGrainDirectory()
    {
        _partitions = new Partition[PartitionCount];
        for (var i = 0; i < _partitions.Length; i++)
        {
            _partitions[i] = new Partition();
        }
    }

    /// <summary>The number of registered activations.</summary>
    public int Count => _partitions.Sum(p => p.Count);

    /// <inheritdoc/>
    public ValueTask<GrainAddress> Register(GrainAddress address, GrainAddress? previousAddress)
    {
        var p = PartitionOf(address.GrainId);
        lock (p)
        {
            if (p.Entries.TryGetValue(address.GrainId, out var existing) && existing != previousAddress)
            {
                return ValueTask.FromResult(existing);
            }

            p.Entries[address.GrainId] = address;
            return ValueTask.FromResult(address);
        }
    }

    /// <inheritdoc/>
    public ValueTask Unregister(GrainAddress address)
    {
        var p = PartitionOf(address.GrainId);
        lock (p)
        {
            if (p.Entries.TryGetValue(address.GrainId, out var existing) && existing == address)
            {
                p.Entries.Remove(address.GrainId);
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask<GrainAddress?> Lookup(GrainId grainId)
    {
        var p = PartitionOf(grainId);
        lock (p)
        {
            return ValueTask.FromResult(p.Entries.TryGetValue(grainId, out var existing) ? existing : (GrainAddress?)null);
        }
    }

    /// <inheritdoc/>
    public ValueTask UnregisterSilos(IReadOnlyCollection<SiloAddress> silos)
    {
        ArgumentNullException.ThrowIfNull(silos);
        var dead = silos.ToHashSet();
        foreach (var p in _partitions)
        {
            lock (p)
            {
                foreach (var (id, address) in p.Entries)
                {
                    if (dead.Contains(address.SiloAddress))
                    {
                        p.Entries.Remove(id);
                    }
                }
            }
        }

        return ValueTask.CompletedTask;
    }

    private Partition PartitionOf(GrainId id) => _partitions[(uint)id.GetHashCode() % PartitionCount];

    private sealed class Partition
    {
        public Dictionary<GrainId, GrainAddress> Entries { get; } = [];

        public int Count
        {
            get
            {
                lock (this)
                {
                    return Entries.Count;
                }
            }
        }
    }
}
