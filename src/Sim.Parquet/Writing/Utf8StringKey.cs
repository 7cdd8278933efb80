using System.Text;

namespace Sim.Parquet.Writing;

/// <summary>Strings: compared by content, encoded to UTF-8 once per distinct value in dictionary mode.</summary>
internal readonly struct Utf8StringKey : IByteArrayKey<string>
{
    public static int Hash(string key) => key.GetHashCode(StringComparison.Ordinal);

    public static bool Same(string a, string b) => ReferenceEquals(a, b) || string.Equals(a, b, StringComparison.Ordinal);

    public static int MaxByteCount(string key) => Encoding.UTF8.GetMaxByteCount(key.Length);

    public static int Encode(string key, Span<byte> destination) => Encoding.UTF8.GetBytes(key, destination);
}
