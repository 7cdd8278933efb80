namespace Sim.Runtime.Serialization;

/// <summary><see cref="GrainId"/> values: type name, key kind, key.</summary>
internal sealed class GrainIdCodec : Codec<GrainId>
{
    public override void Write(MessageWriter writer, GrainId value) => WriteId(writer, value);

    public override GrainId Read(MessageReader reader) => ReadId(reader);

    public static void WriteId(MessageWriter writer, GrainId id)
    {
        writer.WriteString(id.IsDefault ? null : id.Type);
        if (id.IsDefault)
        {
            return;
        }

        if (id.IsIntegerKey)
        {
            writer.WriteByte(0);
            writer.WriteInt64(id.GetIntegerKey());
        }
        else
        {
            writer.WriteByte(1);
            writer.WriteString(id.GetStringKey());
        }
    }

    public static GrainId ReadId(MessageReader reader)
    {
        var type = reader.ReadInternedString();
        if (type is null)
        {
            return default;
        }

        return reader.ReadByte() == 0
            ? GrainId.Create(type, reader.ReadInt64())
            : GrainId.Create(type, reader.ReadString() ?? throw new System.Runtime.Serialization.SerializationException("A string grain key is null."));
    }
}
