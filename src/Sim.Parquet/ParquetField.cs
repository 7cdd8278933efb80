namespace Sim.Parquet;

/// <summary>One column of a flat schema.</summary>
/// <param name="Name">Column name (non-empty, unique within a schema the writer accepts).</param>
/// <param name="Type">Column type; decides the CLR element type of values.</param>
/// <param name="Nullable">True for an OPTIONAL column, false for REQUIRED.</param>
public sealed record ParquetField(string Name, ParquetType Type, bool Nullable = false);
