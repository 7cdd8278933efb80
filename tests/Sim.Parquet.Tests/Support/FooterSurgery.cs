using System.Buffers.Binary;
using Sim.Parquet.Encodings;
using Sim.Parquet.Format;
using Sim.Parquet.Thrift;

namespace Sim.Parquet.Tests.Support;

/// <summary>Rewrites a file's footer (the pages stay where they are) to craft files other writers or attackers produce.</summary>
internal static class FooterSurgery
{
    public static byte[] Rewrite(byte[] file, Action<FileMetaData> edit)
    {
        var footerLength = BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(file.Length - 8));
        var footerStart = file.Length - 8 - footerLength;
        Span<short> ids = stackalloc short[64];
        var reader = new CompactReader(file.AsSpan(footerStart, footerLength), ids, "footer");
        var metadata = FileMetaData.Read(ref reader);
        edit(metadata);
        using var buffer = new ByteBuffer();
        var writer = new CompactWriter(buffer);
        writer.BeginStruct();
        metadata.Write(writer);
        writer.EndStruct();
        var tail = new byte[8];
        BinaryPrimitives.WriteInt32LittleEndian(tail, buffer.Length);
        "PAR1"u8.CopyTo(tail.AsSpan(4));
        return [.. file.AsSpan(0, footerStart), .. buffer.WrittenSpan, .. tail];
    }
}
