using System.Collections.Concurrent;
using Sim.Runtime.Invocation;

namespace Sim.Runtime.Activation;

/// <summary>
/// The activations of one silo, by grain id. Lookups are lock-free; an entry is added before its activation
/// registers in the directory and removed only after it has unregistered, so a directory entry naming this silo
/// without a catalog entry is known to be stale.
/// </summary>
internal sealed class Catalog
{
    private readonly ConcurrentDictionary<GrainId, ActivationData> _activations = new();
    private readonly Silo _silo;
    private readonly ConcurrentDictionary<GrainClassInfo, ActivationShared> _shared = new();
    private long _nextActivationId;

    public Catalog(Silo silo)
    {
        _silo = silo;
    }

    public int Count => _activations.Count;

    public ICollection<ActivationData> Activations => _activations.Values;

    public bool TryGet(GrainId id, out ActivationData activation) => _activations.TryGetValue(id, out activation!);

    /// <summary>The grain's activation on this silo, created (not yet activated) if there is none.</summary>
    public ActivationData GetOrCreate(GrainId id, GrainClassInfo grainClass)
    {
        if (_activations.TryGetValue(id, out var existing))
        {
            return existing;
        }

        var shared = _shared.GetOrAdd(grainClass, static (c, silo) => new ActivationShared(silo, c), _silo);
        var created = new ActivationData(shared, id, Interlocked.Increment(ref _nextActivationId));
        return _activations.GetOrAdd(id, created);
    }

    public void Remove(ActivationData activation) =>
        _activations.TryRemove(KeyValuePair.Create(activation.GrainId, activation));

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

        var fresh = new ActivationData(activation.Shared, activation.GrainId, Interlocked.Increment(ref _nextActivationId), queued);
        if (_activations.TryUpdate(activation.GrainId, fresh, activation))
        {
            fresh.ScheduleIfRunnable();
        }
        else
        {
            _silo.Dispatcher.RouteAll(queued);
        }
    }
}
