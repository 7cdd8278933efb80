using System.IO.Compression;
using Sim.Parquet.Encodings;
using Sim.Parquet.Format;
using Snappier;
using ZstdSharp;

namespace Sim.Parquet.Compression;

/// <summary>Compresses page bodies with the writer's codec into one reused output buffer.</summary>
internal sealed class PageCompressor : IDisposable
{
    /// <summary>ZSTD's default level, the one DuckDB and Arrow C++ write with.</summary>
    internal const int ZstdLevel = 3;

    private readonly ParquetCompression _compression;
    private readonly ByteBuffer _output = new();
    private MemoryStream? _gzipOutput;
    private Compressor? _zstd;

    public PageCompressor(ParquetCompression compression) => _compression = compression;

    public CompressionCodec Codec => _compression switch
    {
        ParquetCompression.Snappy => CompressionCodec.Snappy,
        ParquetCompression.Gzip => CompressionCodec.Gzip,
        ParquetCompression.Zstd => CompressionCodec.Zstd,
        _ => CompressionCodec.Uncompressed,
    };

    public long RetainedBytes => _output.Capacity + (_gzipOutput?.Capacity ?? 0);

    /// <summary>Returns the compressed body; valid until the next call.</summary>
    public ReadOnlySpan<byte> Compress(ReadOnlySpan<byte> body)
    {
        switch (_compression)
        {
            case ParquetCompression.Snappy:
                // Snappier (a port of Google's C++ Snappy) measured as fast as the compressor the project had
                // written (bench/README.md), so the project keeps no codec of its own.
                _output.Clear();
                _output.Advance(Snappy.Compress(body, _output.GetSpan(Snappy.GetMaxCompressedLength(body.Length))));
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

    /// <summary>Frees the ZSTD context (the managed port allocates it unmanaged) and returns the output buffer. Idempotent.</summary>
    public void Dispose()
    {
        _output.Dispose();
        _zstd?.Dispose();
        _zstd = null;
    }
}
