namespace Sim.Parquet.Tests.Support;

/// <summary>Writes test columns in batches and checks they read back exactly.</summary>
internal static class FileRoundTrip
{
    public static byte[] Write(IReadOnlyList<TestColumn> columns, ParquetWriterOptions options, int batchRows)
    {
        var schema = new ParquetSchema(columns.Select(c => c.Field));
        var rows = columns[0].Rows;
        return ParquetBytes.Write(schema, options, writer =>
        {
            for (var start = 0; start < rows; start += batchRows)
            {
                var count = Math.Min(batchRows, rows - start);
                foreach (var column in columns)
                {
                    column.Write(writer, start, count);
                }
            }
        });
    }

    /// <summary>Returns the first mismatch, or null when every column reads back exactly.</summary>
    public static string? Verify(byte[] file, IReadOnlyList<TestColumn> columns)
    {
        using var reader = ParquetBytes.Open(file);
        if (reader.RowCount != columns[0].Rows)
        {
            return $"row count {reader.RowCount}, expected {columns[0].Rows}";
        }

        foreach (var column in columns)
        {
            if (column.Verify(reader) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    public static void AssertRoundTrip(IReadOnlyList<TestColumn> columns, ParquetWriterOptions options, int batchRows)
    {
        var file = Write(columns, options, batchRows);
        Assert.Null(Verify(file, columns));
    }
}
