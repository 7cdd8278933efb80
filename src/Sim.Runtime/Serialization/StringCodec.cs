namespace Sim.Runtime.Serialization;

/// <summary>Strings as a length (null allowed) followed by UTF-8 bytes.</summary>
internal sealed class StringCodec : Codec<string>
{
    public override void Write(MessageWriter writer, string value) => writer.WriteString(value);

    public override string Read(MessageReader reader) => reader.ReadString()!;
}
