using System.Globalization;

namespace Sim.Parquet.Interop.Tests.Fixtures;

/// <summary>
/// Parses the text DuckDB's parquet_metadata() prints for a statistics value (stats_min_value, stats_max_value)
/// into the CLR value of our type, so statistics can be compared as values rather than as formatted text.
/// </summary>
internal static class DuckDbStatText
{
    public static object Parse(ParquetType type, string text) => type switch
    {
        ParquetType.Boolean => bool.Parse(text),
        ParquetType.Int8 => sbyte.Parse(text, CultureInfo.InvariantCulture),
        ParquetType.Int16 => short.Parse(text, CultureInfo.InvariantCulture),
        ParquetType.Int32 => int.Parse(text, CultureInfo.InvariantCulture),
        ParquetType.Int64 => long.Parse(text, CultureInfo.InvariantCulture),
        ParquetType.UInt8 => byte.Parse(text, CultureInfo.InvariantCulture),
        ParquetType.UInt16 => ushort.Parse(text, CultureInfo.InvariantCulture),
        ParquetType.UInt32 => uint.Parse(text, CultureInfo.InvariantCulture),
        ParquetType.UInt64 => ulong.Parse(text, CultureInfo.InvariantCulture),
        ParquetType.Float => (float)ParseDouble(text),
        ParquetType.Double => ParseDouble(text),
        ParquetType.String => text,
        ParquetType.Binary => ParseBlob(text),
        ParquetType.Date => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => ParseTimestamp(text),
    };

    private static double ParseDouble(string text) => text switch
    {
        "nan" or "NaN" => double.NaN,
        "inf" or "Infinity" => double.PositiveInfinity,
        "-inf" or "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, CultureInfo.InvariantCulture),
    };

    /// <summary>DuckDB prints printable ASCII as itself and every other byte (and \ ' ") as \xHH.</summary>
    private static byte[] ParseBlob(string text)
    {
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 3 < text.Length && text[i + 1] == 'x')
            {
                bytes.Add(byte.Parse(text.AsSpan(i + 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 3;
            }
            else
            {
                bytes.Add(checked((byte)text[i]));
            }
        }

        return [.. bytes];
    }

    /// <summary>"yyyy-MM-dd HH:mm:ss[.f…f][+00]" with up to 9 fraction digits, floored to 100 ns ticks.</summary>
    private static DateTime ParseTimestamp(string text)
    {
        var body = text.EndsWith("+00", StringComparison.Ordinal) ? text[..^3] : text;
        var dot = body.IndexOf('.', StringComparison.Ordinal);
        var whole = DateTime.ParseExact(dot < 0 ? body : body[..dot], "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        var nanos = dot < 0 ? 0 : long.Parse(body[(dot + 1)..].PadRight(9, '0'), CultureInfo.InvariantCulture);
        return DateTime.SpecifyKind(whole.AddTicks(nanos / 100), DateTimeKind.Utc);
    }
}
