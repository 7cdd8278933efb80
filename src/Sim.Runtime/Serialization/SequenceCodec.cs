using System.Runtime.CompilerServices;

namespace Sim.Runtime.Serialization;

/// <summary>
/// Collections declared through an interface (<see cref="IEnumerable{T}"/>, <see cref="IReadOnlyList{T}"/>,
/// <see cref="IList{T}"/>, ...): written element by element (raw memory when unmanaged) and read back as a
/// <typeparamref name="T"/> array for the read-only interfaces, as a <see cref="List{T}"/> for the mutable ones.
/// </summary>
internal sealed class SequenceCodec<TSequence, T> : Codec<TSequence>
    where TSequence : class, IEnumerable<T>
{
    private static readonly bool ReadAsArray = typeof(TSequence).GetGenericTypeDefinition() is var d
        && (d == typeof(IEnumerable<>) || d == typeof(IReadOnlyCollection<>) || d == typeof(IReadOnlyList<>));

    public override void Write(MessageWriter writer, TSequence value) => SequenceWriter.WriteEnumerable(writer, value);

    public override TSequence Read(MessageReader reader)
    {
        var n = reader.ReadCount(RuntimeHelpers.IsReferenceOrContainsReferences<T>() ? 1 : Unsafe.SizeOf<T>());
        if (n < 0)
        {
            return null!;
        }

        if (ReadAsArray)
        {
            var array = new T[n];
            SequenceWriter.ReadInto<T>(reader, array);
            return (TSequence)(object)array;
        }

        var list = new List<T>(n);
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(list, n);
        SequenceWriter.ReadInto(reader, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list));
        return (TSequence)(object)list;
    }
}
