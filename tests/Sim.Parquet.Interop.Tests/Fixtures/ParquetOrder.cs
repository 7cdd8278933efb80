using System.Text;

namespace Sim.Parquet.Interop.Tests.Fixtures;

/// <summary>
/// The sort order Parquet statistics use (TYPE_ORDER): signed or unsigned by logical type, strings and binaries
/// as unsigned bytes (UTF-8 for strings, not .NET's UTF-16 order), floats without NaN.
/// </summary>
internal static class ParquetOrder
{
    public static int Compare(object a, object b) => (a, b) switch
    {
        (string x, string y) => Bytes(Encoding.UTF8.GetBytes(x), Encoding.UTF8.GetBytes(y)),
        (byte[] x, byte[] y) => Bytes(x, y),
        (IComparable x, _) => x.CompareTo(b),
        _ => throw new ArgumentException($"cannot order {a.GetType()}"),
    };

    /// <summary>(min, max, null count) of a slice as a writer must record them; min/max null when no value qualifies.</summary>
    public static (object? Min, object? Max, long Nulls) Stats(IEnumerable<object?> values)
    {
        object? min = null, max = null;
        long nulls = 0;
        foreach (var value in values)
        {
            if (value is null)
            {
                nulls++;
                continue;
            }

            if (value is float.NaN or double.NaN)
            {
                continue;
            }

            if (min is null || Compare(value, min) < 0)
            {
                min = value;
            }

            if (max is null || Compare(value, max) > 0)
            {
                max = value;
            }
        }

        return (min, max, nulls);
    }

    private static int Bytes(ReadOnlySpan<byte> x, ReadOnlySpan<byte> y) => x.SequenceCompareTo(y);
}
