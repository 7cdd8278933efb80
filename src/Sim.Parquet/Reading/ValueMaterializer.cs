using System.Runtime.CompilerServices;

namespace Sim.Parquet.Reading;

/// <summary>Turns decoded physical values into the column's CLR values (narrowing, dates, timestamps).</summary>
internal static class ValueMaterializer
{
    private const long UnixEpochTicks = 621_355_968_000_000_000;
    private const int UnixEpochDay = 719_162;

    public static T[] FromInt32<T>(int[] values, bool[]? present, ParquetType type, bool clamp, string what)
        where T : unmanaged
    {
        if (typeof(T) == typeof(int))
        {
            return Unsafe.As<T[]>(values);
        }

        var result = new T[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (present is not null && !present[i])
            {
                continue;
            }

            var v = values[i];
            if (typeof(T) == typeof(sbyte))
            {
                result[i] = Unsafe.BitCast<sbyte, T>((sbyte)v);
            }
            else if (typeof(T) == typeof(short))
            {
                result[i] = Unsafe.BitCast<short, T>((short)v);
            }
            else if (typeof(T) == typeof(byte))
            {
                result[i] = Unsafe.BitCast<byte, T>((byte)v);
            }
            else if (typeof(T) == typeof(ushort))
            {
                result[i] = Unsafe.BitCast<ushort, T>((ushort)v);
            }
            else if (typeof(T) == typeof(uint))
            {
                result[i] = Unsafe.BitCast<uint, T>((uint)v);
            }
            else if (typeof(T) == typeof(DateOnly))
            {
                var day = (long)v + UnixEpochDay;
                if (day < 0 || day > DateOnly.MaxValue.DayNumber)
                {
                    day = clamp
                        ? Math.Clamp(day, 0, DateOnly.MaxValue.DayNumber)
                        : throw new ParquetFormatException($"{what}: date {v} days from 1970 is outside the DateOnly range");
                }

                result[i] = Unsafe.BitCast<DateOnly, T>(DateOnly.FromDayNumber((int)day));
            }
            else
            {
                throw new InvalidOperationException($"{type} cannot be read as {typeof(T).Name}");
            }
        }

        return result;
    }

    public static T[] FromInt64<T>(long[] values, bool[]? present, ParquetType type, bool isTicks, bool clamp, string what)
        where T : unmanaged
    {
        if (typeof(T) == typeof(long))
        {
            return Unsafe.As<T[]>(values);
        }

        if (typeof(T) == typeof(ulong))
        {
            var unsigned = new ulong[values.Length];
            values.AsSpan().CopyTo(System.Runtime.InteropServices.MemoryMarshal.Cast<ulong, long>(unsigned.AsSpan()));
            return Unsafe.As<T[]>(unsigned);
        }

        if (typeof(T) != typeof(DateTime))
        {
            throw new InvalidOperationException($"{type} cannot be read as {typeof(T).Name}");
        }

        var result = new DateTime[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (present is null || present[i])
            {
                result[i] = ToDateTime(values[i], type, isTicks, clamp, what);
            }
        }

        return Unsafe.As<T[]>(result);
    }

    /// <summary>A stored timestamp as a UTC DateTime; INT96 columns arrive as ticks already.</summary>
    public static DateTime ToDateTime(long value, ParquetType type, bool isTicks, bool clamp, string what)
    {
        long ticks;
        if (isTicks)
        {
            ticks = value;
        }
        else if (type == ParquetType.TimestampNanos)
        {
            ticks = (value / 100) - (value % 100 < 0 ? 1 : 0) + UnixEpochTicks;
        }
        else
        {
            var perUnit = type == ParquetType.TimestampMillis ? TimeSpan.TicksPerMillisecond : TimeSpan.TicksPerMicrosecond;
            ticks = value < MinUnits(perUnit) ? long.MinValue
                : value > MaxUnits(perUnit) ? long.MaxValue
                : (value * perUnit) + UnixEpochTicks;
        }

        if (ticks < 0 || ticks > DateTime.MaxValue.Ticks)
        {
            ticks = clamp
                ? Math.Clamp(ticks, 0, DateTime.MaxValue.Ticks)
                : throw new ParquetFormatException($"{what}: timestamp {value} is outside the DateTime range (set ClampOutOfRangeDates to read it)");
        }

        return new DateTime(ticks, DateTimeKind.Utc);
    }

    private static long MinUnits(long perUnit) => -(UnixEpochTicks / perUnit);

    private static long MaxUnits(long perUnit) => (DateTime.MaxValue.Ticks - UnixEpochTicks) / perUnit;
}
