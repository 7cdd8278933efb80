using System.Numerics;
using System.Runtime.InteropServices;

namespace Sim.Parquet.Writing;

/// <summary>
/// Running min/max of a numeric column in its sort order (signed or unsigned by the type argument).
/// NaN is counted, never a bound, as the TYPE_ORDER float rules require.
/// </summary>
internal struct MinMax<T>
    where T : unmanaged, INumber<T>
{
    public T Min;
    public T Max;
    public bool HasValue;
    public long NanCount;

    public void Reset() => this = default;

    /// <summary>Folds values into the bounds and counts their NaNs.</summary>
    public void Add(ReadOnlySpan<T> values)
    {
        if (typeof(T) == typeof(float) || typeof(T) == typeof(double))
        {
            AddFloating(values, countNaN: true);
        }
        else
        {
            AddBounds(values);
        }
    }

    /// <summary>Counts NaNs only (for values whose bounds are folded in later, from the dictionary).</summary>
    public void CountNaN(ReadOnlySpan<T> values)
    {
        if (typeof(T) == typeof(float) || typeof(T) == typeof(double))
        {
            foreach (var value in values)
            {
                NanCount += T.IsNaN(value) ? 1 : 0;
            }
        }
    }

    /// <summary>Folds values into the bounds; NaN is never a bound.</summary>
    public void AddBounds(ReadOnlySpan<T> values)
    {
        if (values.IsEmpty)
        {
            return;
        }

        if (typeof(T) == typeof(float) || typeof(T) == typeof(double))
        {
            AddFloating(values, countNaN: false);
            return;
        }

        var min = HasValue ? Min : values[0];
        var max = HasValue ? Max : values[0];
        var i = 0;
        if (Vector.IsHardwareAccelerated && values.Length >= Vector<T>.Count * 2)
        {
            var vectors = MemoryMarshal.Cast<T, Vector<T>>(values);
            var vmin = vectors[0];
            var vmax = vectors[0];
            for (var v = 1; v < vectors.Length; v++)
            {
                vmin = Vector.Min(vmin, vectors[v]);
                vmax = Vector.Max(vmax, vectors[v]);
            }

            for (var lane = 0; lane < Vector<T>.Count; lane++)
            {
                min = T.Min(min, vmin[lane]);
                max = T.Max(max, vmax[lane]);
            }

            i = vectors.Length * Vector<T>.Count;
        }

        for (; i < values.Length; i++)
        {
            var value = values[i];
            min = value < min ? value : min;
            max = value > max ? value : max;
        }

        Min = min;
        Max = max;
        HasValue = true;
    }

    private void AddFloating(ReadOnlySpan<T> values, bool countNaN)
    {
        foreach (var value in values)
        {
            if (T.IsNaN(value))
            {
                NanCount += countNaN ? 1 : 0;
                continue;
            }

            if (!HasValue)
            {
                Min = Max = value;
                HasValue = true;
            }
            else
            {
                Min = value < Min ? value : Min;
                Max = value > Max ? value : Max;
            }
        }
    }
}
