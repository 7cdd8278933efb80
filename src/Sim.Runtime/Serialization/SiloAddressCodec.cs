namespace Sim.Runtime.Serialization;

/// <summary><see cref="SiloAddress"/> values: endpoint and generation.</summary>
internal sealed class SiloAddressCodec : Codec<SiloAddress>
{
    public override void Write(MessageWriter writer, SiloAddress value) => WriteAddress(writer, value);

    public override SiloAddress Read(MessageReader reader) => ReadAddress(reader)!;

    public static void WriteAddress(MessageWriter writer, SiloAddress? value)
    {
        writer.WriteString(value?.Endpoint);
        if (value is not null)
        {
            writer.WriteInt32(value.Generation);
        }
    }

    public static SiloAddress? ReadAddress(MessageReader reader)
    {
        var endpoint = reader.ReadString();
        return endpoint is null ? null : new SiloAddress(endpoint, reader.ReadInt32());
    }
}
