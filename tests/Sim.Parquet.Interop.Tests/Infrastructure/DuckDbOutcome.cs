namespace Sim.Parquet.Interop.Tests.Infrastructure;

/// <summary>One statement's answer from DuckDB: a result, or DuckDB's error message.</summary>
internal sealed record DuckDbOutcome(DuckDbResult? Result, string? Error);
