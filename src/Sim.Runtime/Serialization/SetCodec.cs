namespace Sim.Runtime.Serialization;

/// <summary><see cref="HashSet{T}"/> and the set interfaces: count then elements; read back as a <see cref="HashSet{T}"/>.</summary>
internal sealed class SetCodec<TSet, T> : Codec<TSet>
    where TSet : class, IEnumerable<T>
{
    public override void Write(MessageWriter writer, TSet value) => SequenceWriter.WriteEnumerable(writer, value);

    public override TSet Read(MessageReader reader)
    {
        var n = reader.ReadCount(1);
        if (n < 0)
        {
            return null!;
        }

        var codec = CodecCache<T>.Instance;
        var result = new HashSet<T>(n);
        for (var i = 0; i < n; i++)
        {
            result.Add(codec.Read(reader));
        }

        return (TSet)(object)result;
    }
}
