namespace Sim.Runtime.Serialization;

/// <summary>
/// Primitives, enums, DateTime, DateOnly, TimeSpan, Guid, decimal, nullable and user structs without references:
/// copied as their raw little-endian memory.
/// </summary>
internal sealed class UnmanagedValueCodec<T> : Codec<T>
{
    public override void Write(MessageWriter writer, T value) => writer.WriteBlittable(value);

    public override T Read(MessageReader reader) => reader.ReadBlittable<T>();
}
