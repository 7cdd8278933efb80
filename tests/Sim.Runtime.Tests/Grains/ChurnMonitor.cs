using System.Collections.Concurrent;

namespace Sim.Runtime.Tests.Grains;

/// <summary>Shared by the silos of a test: counts live activations per grain and checks each caller's order across activations.</summary>
public sealed class ChurnMonitor
{
    private readonly ConcurrentDictionary<GrainId, int> _live = new();
    private readonly ConcurrentDictionary<(GrainId, string), int> _last = new();
    private int _duplicates;
    private int _outOfOrder;
    private int _activations;

    public int Duplicates => Volatile.Read(ref _duplicates);

    public int OutOfOrder => Volatile.Read(ref _outOfOrder);

    public int Activations => Volatile.Read(ref _activations);

    public void Activated(GrainId grain)
    {
        Interlocked.Increment(ref _activations);
        if (_live.AddOrUpdate(grain, 1, (_, n) => n + 1) > 1)
        {
            Interlocked.Increment(ref _duplicates);
        }
    }

    public void Deactivated(GrainId grain) => _live.AddOrUpdate(grain, 0, (_, n) => n - 1);

    public void Received(GrainId grain, string caller, int sequence)
    {
        var previous = _last.GetValueOrDefault((grain, caller), -1);
        if (sequence != previous + 1)
        {
            Interlocked.Increment(ref _outOfOrder);
        }

        _last[(grain, caller)] = sequence;
    }
}
