using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace Sim.Parquet.Interop.Tests.Infrastructure;

/// <summary>Turns the JSON that duckdb-query.mjs prints for a value into the CLR value Sim.Parquet uses for it.</summary>
internal static class DuckDbValues
{
    private static readonly int UnixEpochDay = new DateOnly(1970, 1, 1).DayNumber;

    /// <summary>
    /// BOOLEAN→bool, TINYINT→sbyte, SMALLINT→short, INTEGER→int, BIGINT→long, UTINYINT→byte, USMALLINT→ushort,
    /// UINTEGER→uint, UBIGINT→ulong, HUGEINT→BigInteger, FLOAT→float, DOUBLE→double, VARCHAR→string, BLOB→byte[],
    /// DATE→DateOnly, TIMESTAMP*→DateTime (UTC; nanoseconds floored to 100 ns ticks; clamped to years 1..9999); other types keep DuckDB's text.
    /// </summary>
    public static object? ToClr(JsonElement value, string duckDbType)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return duckDbType switch
        {
            "BOOLEAN" => value.GetBoolean(),
            "TINYINT" => value.GetSByte(),
            "SMALLINT" => value.GetInt16(),
            "INTEGER" => value.GetInt32(),
            "BIGINT" => long.Parse(value.GetString()!, CultureInfo.InvariantCulture),
            "UTINYINT" => value.GetByte(),
            "USMALLINT" => value.GetUInt16(),
            "UINTEGER" => value.GetUInt32(),
            "UBIGINT" => ulong.Parse(value.GetString()!, CultureInfo.InvariantCulture),
            "HUGEINT" or "UHUGEINT" => BigInteger.Parse(value.GetString()!, CultureInfo.InvariantCulture),
            "FLOAT" => (float)Double(value),
            "DOUBLE" => Double(value),
            "VARCHAR" => value.GetString(),
            "BLOB" => Convert.FromHexString(value.GetString()!),
            "DATE" => DateOnly.FromDayNumber(UnixEpochDay + value.GetInt32()),
            "TIMESTAMP" or "TIMESTAMP WITH TIME ZONE" => FromTicks(Int128.Parse(value.GetString()!) * 10),
            "TIMESTAMP_MS" => FromTicks(Int128.Parse(value.GetString()!) * 10_000),
            "TIMESTAMP_S" => FromTicks(Int128.Parse(value.GetString()!) * 10_000_000),
            "TIMESTAMP_NS" => FromTicks(FloorDiv(Int128.Parse(value.GetString()!), 100)),
            _ => value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(),
        };
    }

    private static double Double(JsonElement value) => value.ValueKind == JsonValueKind.Number
        ? value.GetDouble()
        : value.GetString() switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            "-0" => -0.0,
            var other => throw new FormatException($"not a DuckDB double: {other}"),
        };

    /// <summary>
    /// A UTC DateTime; instants outside years 1..9999 clamp to MinValue/MaxValue, as our reader does with
    /// <see cref="ParquetReaderOptions.ClampOutOfRangeDates"/>.
    /// </summary>
    internal static DateTime FromTicks(Int128 ticksSinceEpoch) =>
        new((long)Int128.Clamp(ticksSinceEpoch + DateTime.UnixEpoch.Ticks, 0, DateTime.MaxValue.Ticks), DateTimeKind.Utc);

    internal static Int128 FloorDiv(Int128 a, Int128 b)
    {
        var q = a / b;
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
    }
}
