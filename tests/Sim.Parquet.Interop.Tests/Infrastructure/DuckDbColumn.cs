namespace Sim.Parquet.Interop.Tests.Infrastructure;

/// <summary>A result column: its name and its type name (DuckDB's SQL name from DESCRIBE, DuckDB.NET's name in a result).</summary>
internal sealed record DuckDbColumn(string Name, string Type);
