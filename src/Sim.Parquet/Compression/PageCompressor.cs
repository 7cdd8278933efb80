using System.IO.Compression;
using Sim.Parquet.Encodings;
using Sim.Parquet.Format;

namespace Sim.Parquet.Compression;

/// <summary>Compresses page bodies with the writer's codec into one reused output buffer.</summary>
internal sealed class PageCompressor
{
    private readonly ParquetCompression _compression;
    private readonly ByteBuffer _output = new();
    private ushort[]? _snappyTable;
    private MemoryStream? _gzipOutput;

    public PageCompressor(ParquetCompression compression) => _compression = compression;

    public CompressionCodec Codec => _compression switch
    {
        ParquetCompression.Snappy => CompressionCodec.Snappy,
        ParquetCompression.Gzip => CompressionCodec.Gzip,
        _ => CompressionCodec.Uncompressed,
    };

    public long RetainedBytes => _output.Capacity + (_gzipOutput?.Capacity ?? 0) + ((_snappyTable?.Length ?? 0) * 2L);

    /// <summary>Returns the compressed body; valid until the next call.</summary>
    public ReadOnlySpan<byte> Compress(ReadOnlySpan<byte> body)
    {
        switch (_compression)
        {
            case ParquetCompression.Snappy:
                _snappyTable ??= new ushort[SnappyCompressor.HashTableSize];
                _output.Clear();
                var written = SnappyCompressor.Compress(body, _output.GetSpan(SnappyCompressor.MaxCompressedLength(body.Length)), _snappyTable);
                _output.Advance(written);
                return _output.WrittenSpan;
            case ParquetCompression.Gzip:
                var output = _gzipOutput ??= new MemoryStream();
                output.SetLength(0);
                using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
                {
                    gzip.Write(body);
                }

                return output.GetBuffer().AsSpan(0, (int)output.Length);
            default:
                return body;
        }
    }
}
