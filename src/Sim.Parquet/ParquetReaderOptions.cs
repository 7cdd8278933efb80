namespace Sim.Parquet;

/// <summary>Settings and safety limits of a <see cref="ParquetFileReader"/>.</summary>
public sealed class ParquetReaderOptions
{
    /// <summary>Verify page CRC32 checksums when a page carries one. Default true.</summary>
    public bool VerifyChecksums { get; set; } = true;

    /// <summary>
    /// Dates and timestamps outside the range of <see cref="DateOnly"/>/<see cref="DateTime"/> (years 1 to 9999)
    /// read as MinValue/MaxValue instead of raising <see cref="ParquetFormatException"/>. Default false.
    /// </summary>
    public bool ClampOutOfRangeDates { get; set; }

    /// <summary>Row groups declaring more rows are rejected as hostile. Default 64 Mi rows.</summary>
    public long MaxRowsPerRowGroup { get; set; } = 1L << 26;

    /// <summary>Pages declaring a larger uncompressed size are rejected. Default 256 MiB.</summary>
    public int MaxPageBytes { get; set; } = 256 << 20;

    /// <summary>Footers declaring a larger size are rejected. Default 64 MiB.</summary>
    public int MaxFooterBytes { get; set; } = 64 << 20;
}
