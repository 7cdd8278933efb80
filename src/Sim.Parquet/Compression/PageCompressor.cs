using System.IO.Compression;
using IronSnappy;
using Sim.Parquet.Format;

namespace Sim.Parquet.Compression;

/// <summary>Compresses page bodies with the writer's codec; one instance per column writer.</summary>
internal sealed class PageCompressor
{
    private readonly ParquetCompression _compression;
    private MemoryStream? _gzipOutput;

    public PageCompressor(ParquetCompression compression) => _compression = compression;

    public CompressionCodec Codec => _compression switch
    {
        ParquetCompression.Snappy => CompressionCodec.Snappy,
        ParquetCompression.Gzip => CompressionCodec.Gzip,
        _ => CompressionCodec.Uncompressed,
    };

    /// <summary>Returns the compressed body; valid until the next call.</summary>
    public ReadOnlySpan<byte> Compress(ReadOnlySpan<byte> body)
    {
        switch (_compression)
        {
            case ParquetCompression.Snappy:
                return Snappy.Encode(body);
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
