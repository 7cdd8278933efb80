using Sim.Parquet.Format;

namespace Sim.Parquet.Writing;

/// <summary>One column's finished chunk of a row group, buffered until every column of the group is done.</summary>
internal sealed class CompletedChunk : IDisposable
{
    public CompletedChunk(SegmentedBuffer? dictionaryPage, SegmentedBuffer dataPages)
    {
        DictionaryPage = dictionaryPage;
        DataPages = dataPages;
    }

    /// <summary>Header and body of the dictionary page, or null.</summary>
    public SegmentedBuffer? DictionaryPage { get; }

    /// <summary>Headers and bodies of the data pages.</summary>
    public SegmentedBuffer DataPages { get; }

    public long NumValues { get; init; }

    public long TotalUncompressedSize { get; init; }

    public long TotalCompressedSize { get; init; }

    public required List<PageEncoding> Encodings { get; init; }

    public StatisticsMeta? Statistics { get; init; }

    /// <summary>Returns the segments to the pool.</summary>
    public void Dispose()
    {
        DictionaryPage?.Dispose();
        DataPages.Dispose();
    }
}
