using Sim.Runtime;

namespace Sim.Runtime.Tests.Grains;

internal sealed class InternalGrain : Grain, IInternalGrain
{
    public Task<InternalPayload> Echo(InternalPayload payload) => Task.FromResult(payload with { Text = payload.Text + "!" });
}
