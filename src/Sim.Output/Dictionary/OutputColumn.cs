using Sim.Parquet;

namespace Sim.Output.Dictionary;

/// <summary>One column of an output table: its Parquet name and type, its unit and what it holds.</summary>
/// <param name="Name">snake_case name; carries the unit where it has one (e.g. <c>avg_wage_kzt</c>).</param>
/// <param name="Type">Parquet type.</param>
/// <param name="Unit">Unit of the values (<c>agents</c>, <c>KZT/month</c>, <c>date</c>, <c>code</c>...).</param>
/// <param name="Description">What the column holds.</param>
/// <param name="Nullable">Whether the column may hold nulls.</param>
public sealed record OutputColumn(string Name, ParquetType Type, string Unit, string Description, bool Nullable = false)
{
    /// <summary>The column as a Parquet field.</summary>
    public ParquetField ToField() => new(Name, Type, Nullable);
}
