using Sim.Parquet.Format;
using Sim.Parquet.Thrift;

namespace Sim.Parquet.Tests.Support;

/// <summary>Lists the page headers of a column chunk, to check how the writer laid pages out.</summary>
internal static class PageScanner
{
    public static List<PageHeader> Pages(byte[] file, ColumnMetaData meta)
    {
        var pages = new List<PageHeader>();
        var start = meta.DictionaryPageOffset ?? meta.DataPageOffset;
        var pos = (int)start;
        var end = (int)(start + meta.TotalCompressedSize);
        Span<short> ids = stackalloc short[64];
        while (pos < end)
        {
            var reader = new CompactReader(file.AsSpan(pos, end - pos), ids, "page");
            var header = PageHeader.Read(ref reader);
            pages.Add(header);
            pos += reader.Position + header.CompressedPageSize;
        }

        Assert.Equal(end, pos);
        return pages;
    }
}
