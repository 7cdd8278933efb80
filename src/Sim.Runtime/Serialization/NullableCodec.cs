namespace Sim.Runtime.Serialization;

/// <summary>Nullable structs that contain references: a presence byte, then the value.</summary>
internal sealed class NullableCodec<T> : Codec<T?>
    where T : struct
{
    public override void Write(MessageWriter writer, T? value)
    {
        writer.WriteBoolean(value.HasValue);
        if (value.HasValue)
        {
            CodecCache<T>.Instance.Write(writer, value.GetValueOrDefault());
        }
    }

    public override T? Read(MessageReader reader) => reader.ReadBoolean() ? CodecCache<T>.Instance.Read(reader) : null;
}
