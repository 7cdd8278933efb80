using Sim.Runtime.Invocation;

namespace Sim.Runtime.Serialization;

/// <summary>
/// Values declared as <see cref="object"/>, an abstract class or a non-grain interface: the runtime type's name
/// travels with the value (grain references travel as references).
/// </summary>
internal sealed class PolymorphicCodec<T> : Codec<T>
{
    public override void Write(MessageWriter writer, T value)
    {
        switch (value)
        {
            case null:
                writer.WriteByte(ValueMarker.Null);
                return;
            case GrainReference reference:
                writer.WriteByte(ValueMarker.GrainReference);
                GrainReferenceWire.Write(writer, reference);
                return;
            default:
                var type = value.GetType();
                writer.WriteByte(ValueMarker.Named);
                writer.WriteString(TypeNames.Get(type));
                UntypedCodec.For(type).WriteObject(writer, value);
                return;
        }
    }

    public override T Read(MessageReader reader)
    {
        var marker = reader.ReadByte();
        return marker switch
        {
            ValueMarker.Null => default!,
            ValueMarker.GrainReference => (T)(object)GrainReferenceWire.Read(reader, typeof(T)),
            ValueMarker.Named => (T)UntypedCodec.For(TypeNames.Resolve(reader.ReadString(), typeof(T))).ReadObject(reader)!,
            _ => throw new System.Runtime.Serialization.SerializationException($"Unexpected value marker {marker} for {typeof(T).Name}."),
        };
    }
}
