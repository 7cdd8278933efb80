using System.IO.Compression;
using Sim.Parquet.Encodings;
using Sim.Parquet.Format;
using ZstdSharp;

namespace Sim.Parquet.Compression;

/// <summary>Compresses page bodies with the writer's codec into one reused output buffer.</summary>
internal sealed class PageCompressor : IDisposable
{
    /// <summary>ZSTD's default level, the one DuckDB and Arrow C++ write with.</summary>
    internal const int ZstdLevel = 3;

    private readonly ParquetCompression _compression;
    private readonly bool _librarySnappy;
    private readonly ByteBuffer _output = new();
    private ushort[]? _snappyTable;
    private MemoryStream? _gzipOutput;
    private Compressor? _zstd;

    /// <param name="compression">The codec.</param>
    /// <param name="librarySnappy">Snappy through Snappier instead of our compressor (the benchmark compares both).</param>
    public PageCompressor(ParquetCompression compression, bool librarySnappy = false)
    {
        _compression = compression;
        _librarySnappy = librarySnappy;
    }

    public CompressionCodec Codec => _compression switch
    {
        ParquetCompression.Snappy => CompressionCodec.Snappy,
        ParquetCompression.Gzip => CompressionCodec.Gzip,
        ParquetCompression.Zstd => CompressionCodec.Zstd,
        _ => CompressionCodec.Uncompressed,
    };

    public long RetainedBytes => _output.Capacity + (_gzipOutput?.Capacity ?? 0) + ((_snappyTable?.Length ?? 0) * 2L);

    /// <summary>Returns the compressed body; valid until the next call.</summary>
    public ReadOnlySpan<byte> Compress(ReadOnlySpan<byte> body)
    {
        switch (_compression)
        {
            case ParquetCompression.Snappy when _librarySnappy:
                _output.Clear();
                _output.Advance(Snappier.Snappy.Compress(body, _output.GetSpan(Snappier.Snappy.GetMaxCompressedLength(body.Length))));
                return _output.WrittenSpan;
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
            case ParquetCompression.Zstd:
                _zstd ??= new Compressor(ZstdLevel);
                _output.Clear();
                _output.Advance(_zstd.Wrap(body, _output.GetSpan(Compressor.GetCompressBound(body.Length))));
                return _output.WrittenSpan;
            default:
                return body;
        }
    }

    /// <summary>Frees the ZSTD context (the managed port allocates it unmanaged). Idempotent.</summary>
    public void Dispose()
    {
        _zstd?.Dispose();
        _zstd = null;
    }
}
