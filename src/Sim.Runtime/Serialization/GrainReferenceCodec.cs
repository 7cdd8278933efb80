using Sim.Runtime.Invocation;

namespace Sim.Runtime.Serialization;

/// <summary>Grain references declared as a grain interface: interface id plus grain id, re-bound to the receiving endpoint.</summary>
internal sealed class GrainReferenceCodec<T> : Codec<T>
    where T : class
{
    public override void Write(MessageWriter writer, T value)
    {
        if (value is null)
        {
            writer.WriteByte(ValueMarker.Null);
            return;
        }

        if (value is not GrainReference reference)
        {
            throw new NotSupportedException(
                $"A {typeof(T).Name} passed in a message must be a grain reference from IGrainFactory.GetGrain, not the grain object itself ({value.GetType().Name}).");
        }

        writer.WriteByte(ValueMarker.GrainReference);
        GrainReferenceWire.Write(writer, reference);
    }

    public override T Read(MessageReader reader)
    {
        var marker = reader.ReadByte();
        return marker == ValueMarker.Null ? null! : (T)(object)GrainReferenceWire.Read(reader, typeof(T));
    }
}
