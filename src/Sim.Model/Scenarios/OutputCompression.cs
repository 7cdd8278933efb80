namespace Sim.Model.Scenarios;

/// <summary>
/// The codec of the run's Parquet pages (<c>outputs.compression</c>, <c>sim run --compression</c>); written in a
/// scenario as the member's name in lower case.
/// </summary>
public enum OutputCompression
{
    /// <summary>Snappy: fast, read by every Parquet reader; the default.</summary>
    Snappy,

    /// <summary>ZSTD level 3: smaller files for more CPU time.</summary>
    Zstd,

    /// <summary>Pages stored uncompressed.</summary>
    None,
}
