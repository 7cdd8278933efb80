using Sim.Runtime;

namespace Sim.Runtime.Tests.Grains;

public sealed class LifecycleGrain(LifecycleLog log, ILocalSiloDetails silo) : Grain, ILifecycleGrain
{
    private int _state;

    public Task<int> Add(int amount) => Task.FromResult(_state += amount);

    public Task<string> SiloName() => Task.FromResult(silo.Name);

    public Task DeactivateWhenIdle()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    protected override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        log.Activations.Enqueue((GrainId, silo.Name));
        return Task.CompletedTask;
    }

    protected override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await Task.Yield();
        log.Deactivations.Enqueue((GrainId, silo.Name, reason.ReasonCode));
    }
}
