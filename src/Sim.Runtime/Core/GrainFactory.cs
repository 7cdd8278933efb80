using System.Collections.Concurrent;
using Sim.Runtime.Activation;
using Sim.Runtime.Invocation;

namespace Sim.Runtime;

/// <summary>The <see cref="IGrainFactory"/> of an endpoint: references it creates send their calls through that endpoint.</summary>
internal sealed class GrainFactory(IRuntimeClient runtime, GrainClassRegistry classes) : IGrainFactory
{
    private readonly ConcurrentDictionary<Type, (GrainInterfaceInfo Info, string GrainType)> _resolved = new();

    public TGrain GetGrain<TGrain>(string key)
        where TGrain : IGrainWithStringKey
    {
        ArgumentNullException.ThrowIfNull(key);
        var (info, grainType) = Resolve(typeof(TGrain));
        return (TGrain)(object)info.Factory(GrainId.Create(grainType, key), runtime);
    }

    public TGrain GetGrain<TGrain>(long key)
        where TGrain : IGrainWithIntegerKey
    {
        var (info, grainType) = Resolve(typeof(TGrain));
        return (TGrain)(object)info.Factory(GrainId.Create(grainType, key), runtime);
    }

    private (GrainInterfaceInfo Info, string GrainType) Resolve(Type grainInterface) =>
        _resolved.GetOrAdd(grainInterface, static (t, c) => (GrainInterfaceRegistry.Get(t), c.ResolveGrainType(t)), classes);
}
