using Sim.Runtime;

namespace Sim.Runtime.Tests.Grains;

[PreferLocalPlacement]
public sealed class SenderGrain(ILocalSiloDetails silo) : Grain, ISenderGrain
{
    public async Task SendSequence(IOrderGrain target, int count)
    {
        var name = GetPrimaryKeyString();
        var calls = new Task[count];
        for (var i = 0; i < count; i++)
        {
            calls[i] = target.Record(name, i);
        }

        await Task.WhenAll(calls);
    }

    public Task<string> SiloName() => Task.FromResult(silo.Name);
}
