namespace Sim.Runtime.Serialization;

/// <summary>Arrays of non-unmanaged elements, element by element.</summary>
internal sealed class ArrayCodec<T> : Codec<T[]>
{
    public override void Write(MessageWriter writer, T[] value)
    {
        if (value is null)
        {
            writer.WriteLength(-1);
            return;
        }

        writer.WriteLength(value.Length);
        var codec = CodecCache<T>.Instance;
        foreach (var item in value)
        {
            codec.Write(writer, item);
        }
    }

    public override T[] Read(MessageReader reader)
    {
        var n = reader.ReadCount(1);
        if (n < 0)
        {
            return null!;
        }

        var codec = CodecCache<T>.Instance;
        var result = new T[n];
        for (var i = 0; i < n; i++)
        {
            result[i] = codec.Read(reader);
        }

        return result;
    }
}
