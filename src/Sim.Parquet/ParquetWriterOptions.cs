namespace Sim.Parquet;

/// <summary>Settings of a <see cref="ParquetFileWriter"/>.</summary>
public sealed class ParquetWriterOptions
{
    /// <summary>The created_by string written when <see cref="CreatedBy"/> is not changed.</summary>
    public static readonly string DefaultCreatedBy = BuildInfo.CreatedBy;

    /// <summary>Page compression codec. Default Snappy.</summary>
    public ParquetCompression Compression { get; set; } = ParquetCompression.Snappy;

    /// <summary>A row group is cut when it reaches this many rows. Default 1,048,576.</summary>
    public int RowGroupMaxRows { get; set; } = 1_048_576;

    /// <summary>
    /// A row group is cut when its buffered (encoded, uncompressed) bytes reach this budget.
    /// Default 128 MiB. Memory held by the writer is about one row group (or one batch, if larger).
    /// </summary>
    public long RowGroupMaxBytes { get; set; } = 128L << 20;

    /// <summary>A data page is cut when its encoded, uncompressed size reaches this. Default 1 MiB.</summary>
    public int PageMaxBytes { get; set; } = 1 << 20;

    /// <summary>A data page is cut when it holds this many values (nulls included). Default 131,072.</summary>
    public int PageMaxValues { get; set; } = 1 << 17;

    /// <summary>Dictionary-encode columns, falling back to PLAIN when the dictionary grows too large. Default true.</summary>
    public bool UseDictionary { get; set; } = true;

    /// <summary>Largest dictionary page (PLAIN-encoded bytes) before a column chunk falls back to PLAIN. Default 1 MiB.</summary>
    public int DictionaryMaxBytes { get; set; } = 1 << 20;

    /// <summary>Write a CRC32 of every page (PageHeader.crc). Default false.</summary>
    public bool WritePageChecksums { get; set; }

    /// <summary>Leave the output stream open when the writer is disposed. Default true.</summary>
    public bool LeaveOpen { get; set; } = true;

    /// <summary>File key-value metadata (for example a data dictionary), written in key order.</summary>
    public IDictionary<string, string> KeyValueMetadata { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The created_by field: "sim-parquet version X.Y.Z (build ...)".</summary>
    public string CreatedBy { get; set; } = DefaultCreatedBy;

    internal void Validate()
    {
        if (RowGroupMaxRows < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(RowGroupMaxRows), RowGroupMaxRows, "must be at least 1");
        }

        if (RowGroupMaxBytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(RowGroupMaxBytes), RowGroupMaxBytes, "must be at least 1");
        }

        if (PageMaxBytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(PageMaxBytes), PageMaxBytes, "must be at least 1");
        }

        if (PageMaxValues < 1 || PageMaxValues > MaxPageValues)
        {
            throw new ArgumentOutOfRangeException(nameof(PageMaxValues), PageMaxValues, $"must be between 1 and {MaxPageValues}");
        }

        if (DictionaryMaxBytes < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(DictionaryMaxBytes), DictionaryMaxBytes, "must not be negative");
        }

        if (!Enum.IsDefined(Compression))
        {
            throw new ArgumentOutOfRangeException(nameof(Compression), Compression, "unknown codec");
        }

        ArgumentNullException.ThrowIfNull(CreatedBy, nameof(CreatedBy));
    }

    /// <summary>Upper bound of <see cref="PageMaxValues"/>; also the reader's default page limit.</summary>
    internal const int MaxPageValues = 1 << 24;
}
