namespace Sim.Parquet.Bench.Macro;

/// <summary>A string column drawing from a fixed pool (dictionary-friendly); null where <paramref name="isNull"/> says.</summary>
internal sealed class StringColumn(string name, string[] pool, Func<long, int> pick, Func<long, bool>? isNull = null)
    : BenchColumn(new ParquetField(name, ParquetType.String, Nullable: isNull is not null))
{
    private string?[] values = [];

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
}
