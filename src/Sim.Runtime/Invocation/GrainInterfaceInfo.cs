namespace Sim.Runtime.Invocation;

/// <summary>A grain interface as the runtime sees it: its wire id, its methods in a stable order, and its proxy factory.</summary>
internal sealed class GrainInterfaceInfo
{
    public GrainInterfaceInfo(Type interfaceType, uint id)
    {
        InterfaceType = interfaceType;
        Id = id;
    }

    public Type InterfaceType { get; }

    /// <summary>Stable hash of the interface's full name; identifies the interface in messages.</summary>
    public uint Id { get; }

    /// <summary>The methods (including inherited interfaces'), ordered by declaring type, name and signature.</summary>
    public IReadOnlyList<MethodDescriptor> Methods { get; internal set; } = [];

    public Func<GrainId, IRuntimeClient, GrainReference> Factory { get; internal set; } = null!;

    public override string ToString() => InterfaceType.FullName ?? InterfaceType.Name;
}
