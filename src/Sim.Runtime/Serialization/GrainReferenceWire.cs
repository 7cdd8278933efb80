using System.Runtime.Serialization;
using Sim.Runtime.Invocation;

namespace Sim.Runtime.Serialization;

/// <summary>The wire form of a grain reference: the reference's interface id and its grain id.</summary>
internal static class GrainReferenceWire
{
    public static void Write(MessageWriter writer, GrainReference reference)
    {
        writer.WriteUInt32(reference.Interface.Id);
        GrainIdCodec.WriteId(writer, reference.GrainId);
    }

    public static GrainReference Read(MessageReader reader, Type declared)
    {
        var interfaceId = reader.ReadUInt32();
        var grainId = GrainIdCodec.ReadId(reader);
        var info = GrainInterfaceRegistry.Find(interfaceId)
            ?? throw new SerializationException($"Grain interface id {interfaceId:x8} of a reference to {grainId} is not known in this process.");
        if (!declared.IsAssignableFrom(info.InterfaceType))
        {
            throw new SerializationException($"A reference of interface {info.InterfaceType.Name} cannot stand where {declared.Name} is expected.");
        }

        var runtime = reader.Runtime
            ?? throw new SerializationException("Grain references can only be read by a silo or client endpoint.");
        return runtime.CreateReference(info, grainId);
    }
}
