namespace Sim.Parquet.Bench.Macro;

/// <summary>A fixed-width column; <paramref name="isNull"/> (when given) makes it OPTIONAL.</summary>
internal sealed class ValueColumn<T>(string name, ParquetType type, Func<long, T> value, Func<long, bool>? isNull = null)
    : BenchColumn(new ParquetField(name, type, Nullable: isNull is not null))
    where T : unmanaged
{
    private T[] values = [];
    private bool[] present = [];
    private T?[] nullable = [];
    private T[] groupValues = [];
    private T?[] groupNullable = [];
    private global::Parquet.Schema.DataField? netField;

    public override void Allocate(int batchRows)
    {
        values = new T[batchRows];
        present = isNull is null ? [] : new bool[batchRows];
        nullable = isNull is null ? [] : new T?[batchRows];
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
                nullable[i] = null;
            }
            else
            {
                values[i] = value(row);
                if (isNull is not null)
                {
                    present[i] = true;
                    nullable[i] = values[i];
                }
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

    public override ParquetSharp.Column ParquetSharpColumn()
    {
        var logical = Field.Type == ParquetType.TimestampMicros ? ParquetSharp.LogicalType.Timestamp(isAdjustedToUtc: true, ParquetSharp.TimeUnit.Micros) : null;
        return isNull is null ? new ParquetSharp.Column<T>(Name, logical) : new ParquetSharp.Column<T?>(Name, logical);
    }

    public override void Write(ParquetSharp.ColumnWriter column, int count)
    {
        if (isNull is null)
        {
            using var writer = column.LogicalWriter<T>();
            writer.WriteBatch(values.AsSpan(0, count));
        }
        else
        {
            using var writer = column.LogicalWriter<T?>();
            writer.WriteBatch(nullable.AsSpan(0, count));
        }
    }

    public override global::Parquet.Schema.DataField ParquetNetField() => netField ??= Field.Type == ParquetType.TimestampMicros
        ? new global::Parquet.Schema.DateTimeDataField(Name, global::Parquet.Schema.DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: global::Parquet.Schema.DateTimeTimeUnit.Micros, isNullable: isNull is not null)
        : new global::Parquet.Schema.DataField(Name, typeof(T), isNullable: isNull is not null);

    public override void AllocateRowGroup(int rows)
    {
        groupValues = isNull is null ? new T[rows] : [];
        groupNullable = isNull is null ? [] : new T?[rows];
    }

    public override void Gather(int offset, int count)
    {
        if (isNull is null)
        {
            values.AsSpan(0, count).CopyTo(groupValues.AsSpan(offset));
        }
        else
        {
            nullable.AsSpan(0, count).CopyTo(groupNullable.AsSpan(offset));
        }
    }

    public override Task Write(global::Parquet.ParquetRowGroupWriter rowGroup, int rows) => isNull is null
        ? rowGroup.WriteAsync<T>(ParquetNetField(), groupValues.AsMemory(0, rows))
        : rowGroup.WriteAsync<T>(ParquetNetField(), groupNullable.AsMemory(0, rows));
}
