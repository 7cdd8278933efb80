using Sim.Runtime.Invocation;

namespace Sim.Runtime.Activation;

/// <summary>
/// The activations of one silo, by grain id: an intrusive chained hash table (the chain link lives in the activation,
/// so an entry costs one bucket slot, not a node object). Readers never lock; writers lock. A lock-free read can miss
/// an entry while the table resizes, so every decision taken on a miss is confirmed under the lock
/// (<see cref="GetOrCreate"/>, <see cref="TryGetConfirmed"/>). An entry is added before its activation registers in
/// the directory and removed only after it has unregistered, so a directory entry naming this silo without a catalog
/// entry is known to be stale.
/// </summary>
internal sealed class Catalog
{
    private readonly Lock _gate = new();
    private readonly Silo _silo;
    private readonly Dictionary<GrainClassInfo, ActivationShared> _shared = [];
    private ActivationData?[] _buckets = new ActivationData?[1024];
    private int _count;
    private int _nextActivationId;

    public Catalog(Silo silo)
    {
        _silo = silo;
    }

    public int Count => Volatile.Read(ref _count);

    /// <summary>A snapshot of the activations.</summary>
    public IReadOnlyList<ActivationData> Activations
    {
        get
        {
            lock (_gate)
            {
                var result = new List<ActivationData>(_count);
                foreach (var head in _buckets)
                {
                    for (var n = head; n is not null; n = n.NextInBucket)
                    {
                        result.Add(n);
                    }
                }

                return result;
            }
        }
    }

    /// <summary>Lock-free lookup; may miss an existing entry during a resize.</summary>
    public bool TryGet(GrainId id, out ActivationData activation)
    {
        var buckets = Volatile.Read(ref _buckets);
        for (var n = Volatile.Read(ref buckets[Slot(id, buckets.Length)]); n is not null; n = Volatile.Read(ref n.NextInBucket))
        {
            if (n.GrainId.Equals(id))
            {
                activation = n;
                return true;
            }
        }

        activation = null!;
        return false;
    }

    /// <summary>Lookup that never misses (takes the lock on a lock-free miss).</summary>
    public bool TryGetConfirmed(GrainId id, out ActivationData activation)
    {
        if (TryGet(id, out activation))
        {
            return true;
        }

        lock (_gate)
        {
            return FindLocked(id, out activation);
        }
    }

    /// <summary>The grain's activation on this silo, created (not yet activated) if there is none.</summary>
    public ActivationData GetOrCreate(GrainId id, GrainClassInfo grainClass)
    {
        if (TryGet(id, out var existing))
        {
            return existing;
        }

        lock (_gate)
        {
            if (FindLocked(id, out existing))
            {
                return existing;
            }

            if (!_shared.TryGetValue(grainClass, out var shared))
            {
                _shared[grainClass] = shared = new ActivationShared(_silo, grainClass);
            }

            var created = new ActivationData(shared, id, ++_nextActivationId);
            InsertLocked(created);
            return created;
        }
    }

    public void Remove(ActivationData activation)
    {
        lock (_gate)
        {
            UnlinkLocked(activation, replacement: null);
        }
    }

    /// <summary>
    /// Retires a deactivated activation. Requests that queued up while it deactivated go, in order, to a fresh
    /// activation that takes its place atomically (or, on a stopping silo, back to the dispatcher).
    /// </summary>
    public void OnDeactivated(ActivationData activation, Request? queued)
    {
        if (queued is null || _silo.IsStopping)
        {
            Remove(activation);
            _silo.Dispatcher.RouteAll(queued);
            return;
        }

        ActivationData fresh;
        lock (_gate)
        {
            fresh = new ActivationData(activation.Shared, activation.GrainId, ++_nextActivationId, queued);
            UnlinkLocked(activation, fresh);
        }

        fresh.ScheduleIfRunnable();
    }

    private static int Slot(GrainId id, int length) => id.GetHashCode() & (length - 1);

    private bool FindLocked(GrainId id, out ActivationData activation)
    {
        for (var n = _buckets[Slot(id, _buckets.Length)]; n is not null; n = n.NextInBucket)
        {
            if (n.GrainId.Equals(id))
            {
                activation = n;
                return true;
            }
        }

        activation = null!;
        return false;
    }

    private void InsertLocked(ActivationData activation)
    {
        if (_count >= _buckets.Length)
        {
            Grow();
        }

        var slot = Slot(activation.GrainId, _buckets.Length);
        activation.NextInBucket = _buckets[slot];
        Volatile.Write(ref _buckets[slot], activation);
        Volatile.Write(ref _count, _count + 1);
    }

    /// <summary>Unlinks <paramref name="activation"/>, putting <paramref name="replacement"/> (same grain) in its place if given.</summary>
    private void UnlinkLocked(ActivationData activation, ActivationData? replacement)
    {
        var slot = Slot(activation.GrainId, _buckets.Length);
        ActivationData? previous = null;
        for (var n = _buckets[slot]; n is not null; previous = n, n = n.NextInBucket)
        {
            if (!ReferenceEquals(n, activation))
            {
                continue;
            }

            // The removed node keeps its link, so a reader standing on it still reaches the rest of the chain.
            var next = n.NextInBucket;
            if (replacement is not null)
            {
                replacement.NextInBucket = next;
                next = replacement;
            }
            else
            {
                Volatile.Write(ref _count, _count - 1);
            }

            if (previous is null)
            {
                Volatile.Write(ref _buckets[slot], next);
            }
            else
            {
                Volatile.Write(ref previous.NextInBucket, next);
            }

            return;
        }

        if (replacement is not null)
        {
            InsertLocked(replacement);
        }
    }

    private void Grow()
    {
        // Relinking moves nodes into the new table's chains; a concurrent reader may then miss entries (never loop),
        // which is why misses are confirmed under the lock.
        var old = _buckets;
        var grown = new ActivationData?[old.Length * 2];
        foreach (var head in old)
        {
            var n = head;
            while (n is not null)
            {
                var next = n.NextInBucket;
                var slot = Slot(n.GrainId, grown.Length);
                n.NextInBucket = grown[slot];
                grown[slot] = n;
                n = next;
            }
        }

        Volatile.Write(ref _buckets, grown);
    }
}
