namespace Sim.Parquet.Interop.Tests.Fixtures;

/// <summary>A table of test columns that our writer writes in batches (so row groups get cut inside batches).</summary>
internal sealed class TestTable(IReadOnlyList<TestColumn> columns, int rows)
{
    public IReadOnlyList<TestColumn> Columns { get; } = columns;

    public int Rows { get; } = rows;

    public ParquetSchema Schema => new(Columns.Select(c => c.Field));

    /// <summary>
    /// Every writable type with every null pattern (column <c>{type}_{pattern}</c>, e.g. <c>int64_random</c>),
    /// plus low-cardinality columns (<c>{type}_enum</c>) that a dictionary must capture.
    /// </summary>
    public static TestTable AllTypes(int rows, int seed)
    {
        var columns = new List<TestColumn>();
        foreach (var type in TestValues.WritableTypes)
        {
            foreach (var nulls in Enum.GetValues<NullPattern>())
            {
                columns.Add(TestColumn.Create($"{Lower(type)}_{Lower(nulls)}", type, nulls, rows, seed++));
            }
        }

        foreach (var type in EnumTypes)
        {
            columns.Add(TestColumn.Create($"{Lower(type)}_enum", type, NullPattern.Random, rows, seed++, cardinality: 5));
        }

        return new TestTable(columns, rows);
    }

    /// <summary>Types that get an extra low-cardinality (<c>_enum</c>) column.</summary>
    public static IReadOnlyList<ParquetType> EnumTypes { get; } =
        [ParquetType.Int32, ParquetType.Int64, ParquetType.UInt64, ParquetType.Double, ParquetType.String, ParquetType.Binary, ParquetType.Date];

    public void Write(string path, ParquetWriterOptions options, int batchRows) =>
        WriteBatches(path, options, Enumerable.Range(0, (Rows + batchRows - 1) / batchRows).Select(b => Math.Min(batchRows, Rows - (b * batchRows))));

    /// <summary>Writes the rows in batches of the given sizes, cutting a row group after each when asked.</summary>
    public void WriteBatches(string path, ParquetWriterOptions options, IEnumerable<int> batchSizes, bool flushAfterEachBatch = false)
    {
        using var stream = File.Create(path);
        using var writer = new ParquetFileWriter(stream, Schema, options);
        var start = 0;
        foreach (var count in batchSizes)
        {
            foreach (var column in Columns)
            {
                column.Write(writer, start, count);
            }

            start += count;
            if (flushAfterEachBatch)
            {
                writer.FlushRowGroup();
            }
        }

        Assert.Equal(Rows, start);
        Assert.Equal(Rows, writer.RowsWritten);
        writer.Complete();
    }

    public TestColumn Column(string name) => Columns.Single(c => c.Name == name);

    private static string Lower<T>(T value)
        where T : Enum => value.ToString().ToLowerInvariant();
}
