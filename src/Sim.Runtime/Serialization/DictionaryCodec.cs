namespace Sim.Runtime.Serialization;

/// <summary>
/// <see cref="Dictionary{TKey, TValue}"/> and the dictionary interfaces: count, then key/value pairs; read back as a
/// <see cref="Dictionary{TKey, TValue}"/> with the default comparer.
/// </summary>
internal sealed class DictionaryCodec<TDictionary, TKey, TValue> : Codec<TDictionary>
    where TDictionary : class, IEnumerable<KeyValuePair<TKey, TValue>>
    where TKey : notnull
{
    public override void Write(MessageWriter writer, TDictionary value)
    {
        if (value is null)
        {
            writer.WriteLength(-1);
            return;
        }

        var pairs = value as IReadOnlyCollection<KeyValuePair<TKey, TValue>> ?? value.ToList();
        writer.WriteLength(pairs.Count);
        var keys = CodecCache<TKey>.Instance;
        var values = CodecCache<TValue>.Instance;
        foreach (var pair in pairs)
        {
            keys.Write(writer, pair.Key);
            values.Write(writer, pair.Value);
        }
    }

    public override TDictionary Read(MessageReader reader)
    {
        var n = reader.ReadCount(1);
        if (n < 0)
        {
            return null!;
        }

        var keys = CodecCache<TKey>.Instance;
        var values = CodecCache<TValue>.Instance;
        var result = new Dictionary<TKey, TValue>(n);
        for (var i = 0; i < n; i++)
        {
            var key = keys.Read(reader);
            result[key] = values.Read(reader);
        }

        return (TDictionary)(object)result;
    }
}
