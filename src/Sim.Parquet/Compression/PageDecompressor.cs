using System.IO.Compression;
using Sim.Parquet.Format;
using Snappier;
using ZstdSharp;

namespace Sim.Parquet.Compression;

/// <summary>Decompresses page bodies from untrusted input into buffers of the declared size.</summary>
internal static class PageDecompressor
{
    // Snappy's densest element is a 3-byte copy of 64 bytes; deflate's limit is about 1032:1; a ZSTD block of
    // 128 KiB can be a 4-byte RLE block (3-byte header and the byte), about 32768:1.
    private const long SnappyMaxRatio = 22;
    private const long DeflateMaxRatio = 1032;
    private const long ZstdMaxRatio = 32_768;

    [ThreadStatic]
    private static Decompressor? t_zstd;

    public static bool IsSupported(CompressionCodec codec) =>
        codec is CompressionCodec.Uncompressed or CompressionCodec.Snappy or CompressionCodec.Gzip or CompressionCodec.Zstd;

    /// <summary>Rejects a declared size that the compressed bytes could not possibly produce, before allocating it.</summary>
    public static void CheckDeclaredSize(CompressionCodec codec, int compressed, int uncompressed, int maxPageBytes, string what)
    {
        if (uncompressed > maxPageBytes)
        {
            throw new ParquetFormatException($"corrupt {what}: page of {uncompressed} bytes exceeds the {maxPageBytes}-byte limit");
        }

        var possible = codec switch
        {
            CompressionCodec.Uncompressed => compressed,
            CompressionCodec.Snappy => (compressed * SnappyMaxRatio) + 64,
            CompressionCodec.Zstd => (compressed * ZstdMaxRatio) + 1024,
            _ => (compressed * DeflateMaxRatio) + 1024,
        };
        if (codec == CompressionCodec.Uncompressed ? uncompressed != compressed : uncompressed > possible)
        {
            throw new ParquetFormatException($"corrupt {what}: {compressed} {FormatNames.Of(codec)} bytes cannot hold {uncompressed} bytes");
        }
    }

    /// <summary>Fills <paramref name="output"/> exactly from <paramref name="input"/>.</summary>
    public static void Decompress(CompressionCodec codec, ReadOnlyMemory<byte> input, Span<byte> output, string what)
    {
        switch (codec)
        {
            case CompressionCodec.Uncompressed:
                input.Span.CopyTo(output);
                return;
            case CompressionCodec.Snappy:
                DecompressSnappy(input.Span, output, what);
                return;
            case CompressionCodec.Gzip:
                DecompressGzip(input, output, what);
                return;
            case CompressionCodec.Zstd:
                DecompressZstd(input.Span, output, what);
                return;
            default:
                throw new ParquetFormatException($"codec {FormatNames.Of(codec)} is not supported ({what})");
        }
    }

    private static void DecompressGzip(ReadOnlyMemory<byte> input, Span<byte> output, string what)
    {
        try
        {
            using var source = new ReadOnlyMemoryStream(input);
            using var gzip = new GZipStream(source, CompressionMode.Decompress);
            var read = gzip.ReadAtLeast(output, output.Length, throwOnEndOfStream: false);
            Span<byte> beyond = stackalloc byte[1];
            if (read != output.Length || gzip.Read(beyond) != 0)
            {
                throw new ParquetFormatException($"corrupt {what}: gzip data does not hold exactly the {output.Length} bytes the page header says");
            }
        }
        catch (InvalidDataException e)
        {
            throw new ParquetFormatException($"corrupt {what}: invalid gzip data ({e.Message})", e);
        }
    }

    /// <summary>One raw Snappy block whose length preamble must say the page's size.</summary>
    private static void DecompressSnappy(ReadOnlySpan<byte> input, Span<byte> output, string what)
    {
        int read;
        try
        {
            var declared = Snappy.GetUncompressedLength(input);
            if (declared != output.Length)
            {
                throw new ParquetFormatException($"corrupt {what}: snappy length preamble says {declared} bytes, page header says {output.Length}");
            }

            read = Snappy.Decompress(input, output);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException)
        {
            // The message is enough; a wrapped library exception would read as a decoder crash.
            throw new ParquetFormatException($"corrupt {what}: invalid snappy data ({e.Message})");
        }

        if (read != output.Length)
        {
            throw new ParquetFormatException($"corrupt {what}: snappy data holds {read} bytes, page header says {output.Length}");
        }
    }

    /// <summary>One or more ZSTD frames that must fill the page exactly (a frame larger than the page is corrupt).</summary>
    private static void DecompressZstd(ReadOnlySpan<byte> input, Span<byte> output, string what)
    {
        int read;
        try
        {
            read = (t_zstd ??= new Decompressor()).Unwrap(input, output);
        }
        catch (ZstdException e)
        {
            // The message is enough; a wrapped library exception would read as a decoder crash.
            throw new ParquetFormatException($"corrupt {what}: invalid zstd data ({e.Message})");
        }

        if (read != output.Length)
        {
            throw new ParquetFormatException($"corrupt {what}: zstd data holds {read} bytes, page header says {output.Length}");
        }
    }
}
