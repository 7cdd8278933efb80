using System.Buffers.Binary;
using Sim.Parquet.Format;
using Sim.Parquet.Thrift;

namespace Sim.Parquet.Reading;

/// <summary>Reads and checks the file's tail (footer length and magic) and parses FileMetaData.</summary>
internal static class FooterReader
{
    private static ReadOnlySpan<byte> Magic => "PAR1"u8;

    private static ReadOnlySpan<byte> EncryptedMagic => "PARE"u8;

    public static (FileMetaData Metadata, long FooterStart) Read(Stream input, ParquetReaderOptions options)
    {
        var length = input.Length;
        if (length < 12)
        {
            throw new ParquetFormatException($"truncated file: {length} bytes is too small to be Parquet");
        }

        Span<byte> tail = stackalloc byte[8];
        ReadAt(input, length - 8, tail);
        if (tail[4..].SequenceEqual(EncryptedMagic))
        {
            throw new ParquetFormatException("encrypted footers (PARE) are not supported");
        }

        if (!tail[4..].SequenceEqual(Magic))
        {
            throw new ParquetFormatException("not a Parquet file, or truncated: the file does not end with PAR1");
        }

        Span<byte> head = stackalloc byte[4];
        ReadAt(input, 0, head);
        if (!head.SequenceEqual(Magic))
        {
            throw new ParquetFormatException("not a Parquet file: it does not start with PAR1");
        }

        var footerLength = BinaryPrimitives.ReadUInt32LittleEndian(tail);
        if (footerLength == 0 || footerLength > length - 12 || footerLength > (uint)options.MaxFooterBytes)
        {
            throw new ParquetFormatException($"corrupt file: footer length {footerLength} does not fit a file of {length} bytes");
        }

        var footerStart = length - 8 - footerLength;
        var footer = new byte[footerLength];
        ReadAt(input, footerStart, footer);
        Span<short> ids = stackalloc short[64];
        var reader = new CompactReader(footer, ids, "footer");
        var metadata = FileMetaData.Read(ref reader);
        if (metadata.Encrypted)
        {
            throw new ParquetFormatException("encrypted files are not supported");
        }

        return (metadata, footerStart);
    }

    /// <summary>Reads exactly <paramref name="buffer"/>.Length bytes at <paramref name="offset"/>.</summary>
    public static void ReadAt(Stream input, long offset, Span<byte> buffer)
    {
        input.Seek(offset, SeekOrigin.Begin);
        var read = input.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        if (read != buffer.Length)
        {
            throw new ParquetFormatException($"truncated file: expected {buffer.Length} bytes at offset {offset}, got {read}");
        }
    }
}
