using System.Buffers;
using System.Runtime.CompilerServices;

namespace Sim.Parquet.Writing;

/// <summary>A column writer receiving values of its storage type <typeparamref name="T"/>.</summary>
internal abstract class ColumnWriter<T> : ColumnWriter
{
    protected ColumnWriter(ParquetField field, ParquetWriterOptions options, WriterResources shared)
        : base(field, options, shared)
    {
    }

    /// <summary>
    /// Appends rows. <paramref name="values"/> holds only the non-null values, in row order;
    /// <paramref name="present"/> has one flag per row, or is empty when every row is present.
    /// </summary>
    public void Append(ReadOnlySpan<T> values, ReadOnlySpan<bool> present)
    {
        var rows = present.IsEmpty ? values.Length : present.Length;
        var row = 0;
        var valueIndex = 0;
        while (row < rows)
        {
            var step = NextStep(rows - row);
            var nonNull = AddLevels(present.IsEmpty ? default : present.Slice(row, step), step);
            AppendValues(values.Slice(valueIndex, nonNull));
            row += step;
            valueIndex += nonNull;
            FlushPageIfFull();
        }
    }

    /// <summary>Appends rows given as codes into <paramref name="categories"/> (no nulls): row i is <c>categories[codes[i]]</c>.</summary>
    public void AppendCodes(ReadOnlySpan<byte> codes, ReadOnlySpan<T> categories)
    {
        var row = 0;
        while (row < codes.Length)
        {
            var step = NextStep(codes.Length - row);
            AddLevels(default, step);
            AppendCodeValues(codes.Slice(row, step), categories);
            row += step;
            FlushPageIfFull();
        }
    }

    /// <summary>Appends <paramref name="rows"/> rows that all hold <paramref name="value"/> (no nulls).</summary>
    public void AppendRepeated(T value, int rows)
    {
        var row = 0;
        while (row < rows)
        {
            var step = NextStep(rows - row);
            AddLevels(default, step);
            AppendRepeatedValue(value, step);
            row += step;
            FlushPageIfFull();
        }
    }

    /// <summary>Adds non-null values to the open page (levels are already recorded).</summary>
    protected abstract void AppendValues(ReadOnlySpan<T> values);

    /// <summary>
    /// Adds <paramref name="count"/> copies of <paramref name="value"/> to the open page (levels are already recorded):
    /// here as a filled span, which a dictionary writer replaces by one lookup.
    /// </summary>
    protected virtual void AppendRepeatedValue(T value, int count)
    {
        var values = ArrayPool<T>.Shared.Rent(count);
        try
        {
            values.AsSpan(0, count).Fill(value);
            AppendValues(values.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<T>.Shared.Return(values, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }

    /// <summary>
    /// Adds the values the codes stand for to the open page (levels are already recorded). This is the PLAIN path
    /// (no dictionary, or after a fallback), which needs the values themselves.
    /// </summary>
    protected virtual void AppendCodeValues(ReadOnlySpan<byte> codes, ReadOnlySpan<T> categories)
    {
        var values = ArrayPool<T>.Shared.Rent(codes.Length);
        try
        {
            for (var i = 0; i < codes.Length; i++)
            {
                values[i] = categories[codes[i]];
            }

            AppendValues(values.AsSpan(0, codes.Length));
        }
        finally
        {
            ArrayPool<T>.Shared.Return(values, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }
}
