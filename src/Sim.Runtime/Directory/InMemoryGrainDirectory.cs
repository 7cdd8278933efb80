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
            if (p.Entries.TryGetValue(address.GrainId, out var existing) && Address(address.GrainId, existing) is var current && current != previousAddress)
            {
                return ValueTask.FromResult(current);
            }

            p.Entries[address.GrainId] = (address.SiloAddress, address.ActivationId);
            return ValueTask.FromResult(address);
        }
    }

    /// <inheritdoc/>
    public ValueTask Unregister(GrainAddress address)
    {
        var p = PartitionOf(address.GrainId);
        lock (p)
        {
            if (p.Entries.TryGetValue(address.GrainId, out var existing) && Address(address.GrainId, existing) == address)
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
            return ValueTask.FromResult(p.Entries.TryGetValue(grainId, out var existing) ? Address(grainId, existing) : (GrainAddress?)null);
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
                foreach (var (id, location) in p.Entries)
                {
                    if (dead.Contains(location.Silo))
                    {
                        p.Entries.Remove(id);
                    }
                }
            }
        }

        return ValueTask.CompletedTask;
    }

    private static GrainAddress Address(GrainId id, (SiloAddress Silo, long ActivationId) location) => new(id, location.Silo, location.ActivationId);

    private Partition PartitionOf(GrainId id) => _partitions[(uint)id.GetHashCode() % PartitionCount];

    private sealed class Partition
    {
        // The value leaves out the grain id (it is the key): 16 bytes instead of 40 per entry.
        public Dictionary<GrainId, (SiloAddress Silo, long ActivationId)> Entries { get; } = [];

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
