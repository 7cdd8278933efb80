namespace Sim.Parquet.Bench.Macro;

/// <summary>A fixed-width column; <paramref name="isNull"/> (when given) makes it OPTIONAL.</summary>
internal sealed class ValueColumn<T>(string name, ParquetType type, Func<long, T> value, Func<long, bool>? isNull = null)
    : BenchColumn(new ParquetField(name, type, Nullable: isNull is not null))
    where T : unmanaged
{
    private T[] values = [];
    private bool[] present = [];

    public override void Allocate(int batchRows)
    {
        values = new T[batchRows];
        present = isNull is null ? [] : new bool[batchRows];
    }

    public override void Fill(long firstRow, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var row = firstRow + i;
            if (isNull is not null && isNull(row))
            {
                present[i] = false;
                values[i] = default;
            }
            else
            {
                if (isNull is not null)
                {
                    present[i] = true;
                }

                values[i] = value(row);
            }
        }
    }

    public override void Write(ParquetFileWriter writer, int count)
    {
        if (isNull is null)
        {
            writer.WriteColumn<T>(values.AsSpan(0, count));
        }
        else
        {
            writer.WriteColumn<T>(values.AsSpan(0, count), present.AsSpan(0, count));
        }
    }
}
