namespace Sim.Parquet.Interop.Tests.Infrastructure;

/// <summary>A result column: its name and DuckDB's type name (e.g. BIGINT, TIMESTAMP_MS, VARCHAR).</summary>
internal sealed record DuckDbColumn(string Name, string Type);
