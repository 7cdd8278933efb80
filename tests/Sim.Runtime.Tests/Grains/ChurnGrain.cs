using Sim.Runtime;

namespace Sim.Runtime.Tests.Grains;

public sealed class ChurnGrain(ChurnMonitor monitor) : Grain, IChurnGrain
{
    public Task Touch(string caller, int sequence, bool deactivate)
    {
        monitor.Received(GrainId, caller, sequence);
        if (deactivate)
        {
            DeactivateOnIdle();
        }

        return Task.CompletedTask;
    }

    protected override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        monitor.Activated(GrainId);
        await Task.Yield();
    }

    protected override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await Task.Yield();
        monitor.Deactivated(GrainId);
    }
}
