namespace Sim.Model.Scenarios;

/// <summary>What a run writes (<c>outputs:</c>).</summary>
/// <param name="SnapshotYears">Years whose December person microdata are written.</param>
/// <param name="Events">Whether the event log is written.</param>
/// <param name="EventLogCapacity">Events kept per region.</param>
/// <param name="Compression">The codec of every Parquet file of the run.</param>
[ParameterSection("What a run writes besides region_month and flows.")]
public sealed record OutputParameters(
    [Parameter("snapshot_years", "Years whose December person microdata are written.", Min = 1900, Max = 2200)]
    IReadOnlyList<int> SnapshotYears,
    [Parameter("events", "Whether the event log (arrivals, moves, status changes, departures, births, deaths) is written.")]
    bool Events,
    [Parameter("event_log_capacity", "Events kept per region for person histories (oldest dropped first).", Min = 0, Max = 100_000_000, Unit = "events")]
    int EventLogCapacity,
    [Parameter("compression", "The codec of every Parquet file of the run: snappy (fast, the default), zstd (smaller, slower to write) or none.")]
    OutputCompression Compression);
