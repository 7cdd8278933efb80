namespace Sim.Parquet.Bench.Macro;

/// <summary>A string column drawing from a fixed pool (dictionary-friendly); null where <paramref name="isNull"/> says.</summary>
internal sealed class StringColumn(string name, string[] pool, Func<long, int> pick, Func<long, bool>? isNull = null)
    : BenchColumn(new ParquetField(name, ParquetType.String, Nullable: isNull is not null))
{
    private string?[] values = [];
    private string?[] group = [];
    private global::Parquet.Schema.DataField? netField;

    public override void Allocate(int batchRows) => values = new string?[batchRows];

    public override void Fill(long firstRow, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var row = firstRow + i;
            values[i] = isNull is not null && isNull(row) ? null : pool[pick(row)];
        }
    }

    public override void Write(ParquetFileWriter writer, int count) => writer.WriteColumn(values.AsSpan(0, count));

    public override ParquetSharp.Column ParquetSharpColumn() => new ParquetSharp.Column<string>(Name, ParquetSharp.LogicalType.String());

    public override void Write(ParquetSharp.ColumnWriter column, int count)
    {
        using var writer = column.LogicalWriter<string?>();
        writer.WriteBatch(values.AsSpan(0, count));
    }

    public override global::Parquet.Schema.DataField ParquetNetField() => netField ??= new global::Parquet.Schema.DataField(Name, typeof(string), isNullable: isNull is not null);

    public override void AllocateRowGroup(int rows) => group = new string?[rows];

    public override void Gather(int offset, int count) => values.AsSpan(0, count).CopyTo(group.AsSpan(offset));

    public override Task Write(global::Parquet.ParquetRowGroupWriter rowGroup, int rows) =>
        rowGroup.WriteAsync(ParquetNetField(), rows == group.Length ? group! : new ArraySegment<string>(group!, 0, rows), null);
}
