namespace Sim.Parquet.Tests.Support;

/// <summary>Writes files to memory and opens readers on bytes.</summary>
internal static class ParquetBytes
{
    public static byte[] Write(ParquetSchema schema, ParquetWriterOptions? options, Action<ParquetFileWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new ParquetFileWriter(stream, schema, options))
        {
            body(writer);
            writer.Complete();
        }

        return stream.ToArray();
    }

    public static ParquetFileReader Open(byte[] bytes, ParquetReaderOptions? options = null) =>
        new(new MemoryStream(bytes, writable: false), leaveOpen: false, options);

    public static ParquetWriterOptions Options(
        ParquetCompression compression = ParquetCompression.None,
        bool dictionary = true,
        int rowGroupRows = 1 << 20,
        int pageBytes = 1 << 20) => new()
        {
            Compression = compression,
            UseDictionary = dictionary,
            RowGroupMaxRows = rowGroupRows,
            PageMaxBytes = pageBytes,
            CreatedBy = "sim-parquet version 0.1.0 (build test)",
        };
}
