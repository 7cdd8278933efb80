namespace Sim.Runtime.Serialization;

/// <summary>The typed side of <see cref="UntypedCodec"/>.</summary>
internal sealed class UntypedCodecAdapter<T> : UntypedCodec
{
    public override void WriteObject(MessageWriter writer, object value) => CodecCache<T>.Instance.Write(writer, (T)value);

    public override object? ReadObject(MessageReader reader) => CodecCache<T>.Instance.Read(reader);
}
