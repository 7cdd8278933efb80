namespace Sim.Parquet.Format;

/// <summary>Parquet page types (Thrift enum PageType).</summary>
internal enum PageType
{
    DataPage = 0,
    IndexPage = 1,
    DictionaryPage = 2,
    DataPageV2 = 3,
}
