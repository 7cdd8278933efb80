using System.Text;

namespace Sim.Runtime.Serialization;

/// <summary>
/// A small direct-mapped cache from UTF-8 bytes to interned strings, for names that repeat in every message (grain
/// types). A hit costs a hash and a byte comparison and allocates nothing; a miss decodes and replaces the slot.
/// </summary>
internal static class InternedStrings
{
    private const int Slots = 256;
    private const int MaxLength = 128;
    private static readonly Entry?[] Cache = new Entry?[Slots];

    public static string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxLength)
        {
            return GrainTypeNames.Intern(Encoding.UTF8.GetString(utf8));
        }

        var slot = (int)((uint)StableHash.OfBytes(utf8) % Slots);
        var entry = Volatile.Read(ref Cache[slot]);
        if (entry is not null && utf8.SequenceEqual(entry.Utf8))
        {
            return entry.Value;
        }

        var value = GrainTypeNames.Intern(Encoding.UTF8.GetString(utf8));
        Volatile.Write(ref Cache[slot], new Entry(utf8.ToArray(), value));
        return value;
    }

    private sealed record Entry(byte[] Utf8, string Value);
}
