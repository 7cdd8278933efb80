namespace Sim.Runtime.Serialization;

/// <summary>Writes and reads values of one declared type. Instances are stateless and shared (see <see cref="CodecCache{T}"/>).</summary>
/// <typeparam name="T">The declared type.</typeparam>
internal abstract class Codec<T>
{
    /// <summary>Why values of this type cannot be serialized, or null when they can.</summary>
    public virtual string? Problem => null;

    public abstract void Write(MessageWriter writer, T value);

    public abstract T Read(MessageReader reader);
}
