namespace Sim.Parquet;

/// <summary>Page compression codecs the writer produces (the reader also accepts these only).</summary>
public enum ParquetCompression
{
    /// <summary>UNCOMPRESSED.</summary>
    None,

    /// <summary>SNAPPY, raw block format; through Snappier (a port of Google's C++ Snappy).</summary>
    Snappy,

    /// <summary>GZIP, RFC 1952 members.</summary>
    Gzip,

    /// <summary>ZSTD (RFC 8878 frames), level 3 as DuckDB and Arrow write by default; through ZstdSharp.</summary>
    Zstd,
}
