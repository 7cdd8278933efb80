namespace Sim.Runtime.Serialization;

/// <summary>
/// The codec of each declared type, built once per process by <see cref="CodecFactory"/> (reflection and compiled
/// expression trees at build time only) and then reached through a static field: no per-call reflection or lookup.
/// </summary>
/// <typeparam name="T">The declared type.</typeparam>
internal static class CodecCache<T>
{
    /// <summary>
    /// The codec. Reads as null only while this very codec is being built on the current thread (a recursive type);
    /// compiled codecs read the field when they run, by which time it is set.
    /// </summary>
    public static readonly Codec<T> Instance = CodecFactory.Create<T>();
}
