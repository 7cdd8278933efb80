using Sim.Parquet.Compression;
using Sim.Parquet.Encodings;
using Sim.Parquet.Format;
using Sim.Parquet.Thrift;

namespace Sim.Parquet.Writing;

/// <summary>
/// Scratch shared by all column writers of one file writer. Columns are written one after another,
/// so one compressor, one page-body buffer and one header buffer serve them all, and finished pages
/// live in segments of one pool.
/// </summary>
internal sealed class WriterResources : IDisposable
{
    private readonly ByteBuffer _header = new(256);
    private readonly CompactWriter _headerWriter;

    public WriterResources(ParquetCompression compression)
    {
        Compressor = new PageCompressor(compression);
        _headerWriter = new CompactWriter(_header);
    }

    public PageCompressor Compressor { get; }

    /// <summary>Assembles a page body (levels + values) when the values do not already form one.</summary>
    public ByteBuffer Body { get; } = new();

    public SegmentPool Segments { get; } = new();

    public long RetainedBytes => Compressor.RetainedBytes + Body.Capacity + _header.Capacity + Segments.RetainedBytes;

    /// <summary>Serializes a page header; the span is valid until the next call.</summary>
    public ReadOnlySpan<byte> Header(PageHeader header)
    {
        _header.Clear();
        _headerWriter.BeginStruct();
        header.Write(_headerWriter);
        _headerWriter.EndStruct();
        return _header.WrittenSpan;
    }

    /// <summary>Gives the buffers back to the shared pools (idempotent): call once no column holds pages any more.</summary>
    public void Dispose()
    {
        Compressor.Dispose();
        Body.Dispose();
        _header.Dispose();
        Segments.Dispose();
    }
}
