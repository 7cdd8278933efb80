using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sim.Parquet.Writing;

/// <summary>
/// Feeds user spans to column writers: converts CLR values to their storage type (sbyte→int,
/// DateOnly→days, DateTime→millis/micros...) and drops nulls, in pooled chunks without boxing.
/// Spans already in storage form with no nulls go through untouched.
/// </summary>
internal static class ValueAppender
{
    private const int Chunk = 4096;
    private const long UnixEpochTicks = 621_355_968_000_000_000;

    public static void Append<T>(ColumnWriter column, ReadOnlySpan<T> values, ReadOnlySpan<bool> present)
        where T : unmanaged => Dispatch(column, new FeedValues<T>(values, present));

    /// <summary>Appends <paramref name="rows"/> copies of <paramref name="value"/>, converted to storage form once.</summary>
    public static void AppendRepeated<T>(ColumnWriter column, T value, int rows)
        where T : unmanaged => Dispatch(column, new RepeatValue<T>(value, rows));

    /// <summary>The one place that maps a column's type to its storage type and timestamp unit.</summary>
    private static void Dispatch<TAction>(ColumnWriter column, TAction action)
        where TAction : IStorageAction, allows ref struct
    {
        switch (column.Field.Type)
        {
            case ParquetType.Boolean:
                action.Run((ColumnWriter<bool>)column, 1);
                break;
            case ParquetType.Int8 or ParquetType.Int16 or ParquetType.Int32 or ParquetType.Date:
                action.Run((ColumnWriter<int>)column, 1);
                break;
            case ParquetType.UInt8 or ParquetType.UInt16 or ParquetType.UInt32:
                action.Run((ColumnWriter<uint>)column, 1);
                break;
            case ParquetType.Int64:
                action.Run((ColumnWriter<long>)column, 1);
                break;
            case ParquetType.TimestampMillis:
                action.Run((ColumnWriter<long>)column, TimeSpan.TicksPerMillisecond);
                break;
            case ParquetType.TimestampMicros:
                action.Run((ColumnWriter<long>)column, TimeSpan.TicksPerMicrosecond);
                break;
            case ParquetType.UInt64:
                action.Run((ColumnWriter<ulong>)column, 1);
                break;
            case ParquetType.Float:
                action.Run((ColumnWriter<float>)column, 1);
                break;
            case ParquetType.Double:
                action.Run((ColumnWriter<double>)column, 1);
                break;
            default:
                throw new InvalidOperationException($"column '{column.Field.Name}' is {column.Field.Type}, not a value column");
        }
    }

    /// <summary>Appends strings or byte arrays; nulls become absent values.</summary>
    public static void AppendReferences<TKey>(ColumnWriter<TKey?> column, ReadOnlySpan<TKey?> values)
        where TKey : class
    {
        var firstNull = values.IndexOf((TKey?)null);
        if (firstNull < 0)
        {
            column.Append(values, default);
            return;
        }

        var compact = ArrayPool<TKey?>.Shared.Rent(Chunk);
        var present = ArrayPool<bool>.Shared.Rent(Chunk);
        try
        {
            for (var start = 0; start < values.Length; start += Chunk)
            {
                var slice = values.Slice(start, Math.Min(Chunk, values.Length - start));
                var k = 0;
                for (var i = 0; i < slice.Length; i++)
                {
                    // Branch-free compaction: always store, advance only past non-nulls.
                    var value = slice[i];
                    var isPresent = value is not null;
                    present[i] = isPresent;
                    compact[k] = value;
                    k += isPresent ? 1 : 0;
                }

                column.Append(compact.AsSpan(0, k), present.AsSpan(0, slice.Length));
            }
        }
        finally
        {
            ArrayPool<TKey?>.Shared.Return(compact, clearArray: true);
            ArrayPool<bool>.Shared.Return(present);
        }
    }

    private static void Feed<TIn, TOut>(ColumnWriter<TOut> column, ReadOnlySpan<TIn> values, ReadOnlySpan<bool> present, long ticksPerUnit)
        where TIn : unmanaged
        where TOut : unmanaged
    {
        var allPresent = present.IsEmpty || !present.Contains(false);
        if (typeof(TIn) == typeof(TOut) && allPresent)
        {
            column.Append(MemoryMarshal.Cast<TIn, TOut>(values), default);
            return;
        }

        var scratch = ArrayPool<TOut>.Shared.Rent(Chunk);
        try
        {
            for (var start = 0; start < values.Length; start += Chunk)
            {
                var length = Math.Min(Chunk, values.Length - start);
                var source = values.Slice(start, length);
                var flags = allPresent ? default : present.Slice(start, length);
                var count = Convert(source, flags, scratch.AsSpan(), ticksPerUnit);
                column.Append(scratch.AsSpan(0, count), flags);
            }
        }
        finally
        {
            ArrayPool<TOut>.Shared.Return(scratch);
        }
    }

    private static int Convert<TIn, TOut>(ReadOnlySpan<TIn> source, ReadOnlySpan<bool> present, Span<TOut> target, long ticksPerUnit)
        where TIn : unmanaged
        where TOut : unmanaged
    {
        if (present.IsEmpty)
        {
            for (var i = 0; i < source.Length; i++)
            {
                target[i] = One<TIn, TOut>(source[i], ticksPerUnit);
            }

            return source.Length;
        }

        // Branch-free compaction: always store, advance only past present rows (target has room for all).
        var k = 0;
        for (var i = 0; i < source.Length; i++)
        {
            target[k] = One<TIn, TOut>(source[i], ticksPerUnit);
            k += present[i] ? 1 : 0;
        }

        return k;
    }

    /// <summary>One value to storage form; the type tests fold away per instantiation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TOut One<TIn, TOut>(TIn value, long ticksPerUnit)
        where TIn : unmanaged
        where TOut : unmanaged
    {
        if (typeof(TIn) == typeof(TOut))
        {
            return Unsafe.As<TIn, TOut>(ref value);
        }

        if (typeof(TIn) == typeof(sbyte))
        {
            int widened = Unsafe.As<TIn, sbyte>(ref value);
            return Unsafe.As<int, TOut>(ref widened);
        }

        if (typeof(TIn) == typeof(short))
        {
            int widened = Unsafe.As<TIn, short>(ref value);
            return Unsafe.As<int, TOut>(ref widened);
        }

        if (typeof(TIn) == typeof(byte))
        {
            uint widened = Unsafe.As<TIn, byte>(ref value);
            return Unsafe.As<uint, TOut>(ref widened);
        }

        if (typeof(TIn) == typeof(ushort))
        {
            uint widened = Unsafe.As<TIn, ushort>(ref value);
            return Unsafe.As<uint, TOut>(ref widened);
        }

        if (typeof(TIn) == typeof(DateOnly))
        {
            var days = Unsafe.As<TIn, DateOnly>(ref value).DayNumber - UnixEpochDay;
            return Unsafe.As<int, TOut>(ref days);
        }

        if (typeof(TIn) == typeof(DateTime))
        {
            // Constant divisors let the JIT replace the division by a multiplication.
            var ticks = Unsafe.As<TIn, DateTime>(ref value).Ticks - UnixEpochTicks;
            var units = ticksPerUnit == TimeSpan.TicksPerMicrosecond
                ? FloorDiv(ticks, TimeSpan.TicksPerMicrosecond)
                : FloorDiv(ticks, TimeSpan.TicksPerMillisecond);
            return Unsafe.As<long, TOut>(ref units);
        }

        throw new InvalidOperationException($"no conversion from {typeof(TIn).Name} to {typeof(TOut).Name}");
    }

    internal const int UnixEpochDay = 719_162;

    /// <summary>Feeds a span of values (and presence flags) in storage form.</summary>
    private readonly ref struct FeedValues<TIn>(ReadOnlySpan<TIn> values, ReadOnlySpan<bool> present) : IStorageAction
        where TIn : unmanaged
    {
        private readonly ReadOnlySpan<TIn> _values = values;
        private readonly ReadOnlySpan<bool> _present = present;

        public void Run<TOut>(ColumnWriter<TOut> column, long ticksPerUnit)
            where TOut : unmanaged => Feed(column, _values, _present, ticksPerUnit);
    }

    /// <summary>Feeds one value repeated, converted once.</summary>
    private readonly struct RepeatValue<TIn>(TIn value, int rows) : IStorageAction
        where TIn : unmanaged
    {
        public void Run<TOut>(ColumnWriter<TOut> column, long ticksPerUnit)
            where TOut : unmanaged => column.AppendRepeated(One<TIn, TOut>(value, ticksPerUnit), rows);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long FloorDiv(long value, long divisor)
    {
        var quotient = value / divisor;
        return quotient - ((value % divisor) < 0 ? 1 : 0);
    }
}
