using System.Buffers.Binary;

namespace Sim.Parquet.Reading;

/// <summary>INT96 legacy timestamps (8-byte nanoseconds of day, 4-byte Julian day) decoded to UTC ticks.</summary>
internal sealed class Int96Decoder : PhysicalDecoder<long>
{
    public static readonly Int96Decoder Instance = new();

    private const long JulianDayOfUnixEpoch = 2_440_588;
    private const long UnixEpochTicks = 621_355_968_000_000_000;
    private const long MaxDays = 4_000_000;

    public override long MinPlainBits => 96;

    public override void DecodePlain(ReadOnlySpan<byte> data, Span<long> dest, string what)
    {
        var needed = (long)dest.Length * 12;
        if (data.Length < needed)
        {
            throw Short(what, (int)Math.Min(needed, int.MaxValue), data.Length);
        }

        for (var i = 0; i < dest.Length; i++)
        {
            var value = data.Slice(i * 12, 12);
            var nanos = BinaryPrimitives.ReadInt64LittleEndian(value);
            var julian = BinaryPrimitives.ReadInt32LittleEndian(value[8..]);
            dest[i] = ToTicks(julian, nanos);
        }
    }

    private static long ToTicks(int julianDay, long nanosOfDay)
    {
        // Out-of-range values become sentinels that the materializer rejects or clamps.
        var days = julianDay - JulianDayOfUnixEpoch;
        if (days < -MaxDays || days > MaxDays)
        {
            return days < 0 ? long.MinValue : long.MaxValue;
        }

        var ticks = (days * TimeSpan.TicksPerDay) + Math.DivRem(nanosOfDay, 100, out var rest) - (rest < 0 ? 1 : 0) + UnixEpochTicks;
        return ticks < 0 ? long.MinValue : ticks > DateTime.MaxValue.Ticks ? long.MaxValue : ticks;
    }
}
