using System.Collections.Concurrent;

namespace Sim.Runtime.Invocation;

/// <summary>
/// Process-wide table of grain interfaces: built on first use of an interface (proxy generation, method
/// descriptors, codec checks) and looked up by id when a message names it.
/// </summary>
internal static class GrainInterfaceRegistry
{
    private static readonly ConcurrentDictionary<Type, GrainInterfaceInfo> ByType = new();
    private static readonly ConcurrentDictionary<uint, GrainInterfaceInfo> ById = new();
    private static readonly Lock Gate = new();

    public static GrainInterfaceInfo Get(Type interfaceType)
    {
        if (ByType.TryGetValue(interfaceType, out var info))
        {
            return info;
        }

        lock (Gate)
        {
            if (ByType.TryGetValue(interfaceType, out info))
            {
                return info;
            }

            var id = (uint)StableHash.OfString(interfaceType.FullName ?? interfaceType.Name);
            if (ById.TryGetValue(id, out var clash))
            {
                throw new InvalidOperationException($"Grain interfaces {clash.InterfaceType.FullName} and {interfaceType.FullName} hash to the same id; rename one.");
            }

            info = ProxyGenerator.Build(interfaceType, id);
            ById[id] = info;
            ByType[interfaceType] = info;
            return info;
        }
    }

    public static GrainInterfaceInfo? Find(uint id) => ById.GetValueOrDefault(id);
}
