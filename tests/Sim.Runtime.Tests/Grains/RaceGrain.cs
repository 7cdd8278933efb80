using Sim.Runtime;

namespace Sim.Runtime.Tests.Grains;

/// <summary>Prefer-local: a first call made on each silo tries to activate it there, so racing calls race for real.</summary>
[PreferLocalPlacement]
public sealed class RaceGrain(LifecycleLog log, ILocalSiloDetails silo) : Grain, IRaceGrain
{
    private int _hits;

    public Task<int> Hit() => Task.FromResult(++_hits);

    public Task<string> SiloName() => Task.FromResult(silo.Name);

    protected override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Widen the window in which a duplicate could form.
        await Task.Yield();
        log.Activations.Enqueue((GrainId, silo.Name));
    }
}
