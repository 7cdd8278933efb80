using System.Collections.Concurrent;

namespace Sim.Runtime.Serialization;

/// <summary>
/// Bridges a runtime type known only as <see cref="Type"/> (for polymorphic values) to its typed codec.
/// Built once per runtime type.
/// </summary>
internal abstract class UntypedCodec
{
    private static readonly ConcurrentDictionary<Type, UntypedCodec> Cache = new();

    public static UntypedCodec For(Type type) => Cache.GetOrAdd(type, static t =>
        (UntypedCodec)Activator.CreateInstance(typeof(UntypedCodecAdapter<>).MakeGenericType(t))!);

    public abstract void WriteObject(MessageWriter writer, object value);

    public abstract object? ReadObject(MessageReader reader);
}
