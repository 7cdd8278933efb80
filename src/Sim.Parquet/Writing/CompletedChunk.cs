using Sim.Parquet.Encodings;
using Sim.Parquet.Format;

namespace Sim.Parquet.Writing;

/// <summary>One column's finished chunk of a row group, buffered until every column of the group is done.</summary>
internal sealed class CompletedChunk : IDisposable
{
    public CompletedChunk(ByteBuffer? dictionaryPage, ByteBuffer dataPages)
    {
        DictionaryPage = dictionaryPage;
        DataPages = dataPages;
    }

    /// <summary>Header and body of the dictionary page, or null.</summary>
    public ByteBuffer? DictionaryPage { get; }

    /// <summary>Headers and bodies of the data pages.</summary>
    public ByteBuffer DataPages { get; }

    public long NumValues { get; init; }

    public long TotalUncompressedSize { get; init; }

    public long TotalCompressedSize { get; init; }

    public required List<PageEncoding> Encodings { get; init; }

    public StatisticsMeta? Statistics { get; init; }

    public long RetainedBytes => (DictionaryPage?.Capacity ?? 0) + DataPages.Capacity;

    public void Dispose()
    {
        DictionaryPage?.Dispose();
        DataPages.Dispose();
    }
}
