using Sim.Runtime;

namespace Sim.Runtime.Tests.Grains;

public sealed class FailingActivationGrain : Grain, IFailingActivationGrain
{
    public Task<int> Get() => Task.FromResult(1);

    protected override Task OnActivateAsync(CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"activation of {GetPrimaryKeyLong()} refused");
}
