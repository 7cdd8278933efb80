namespace Sim.Model.Engine;

/// <summary>Access to an <see cref="int"/> field of a row.</summary>
/// <param name="row">The row.</param>
/// <returns>A reference to the field.</returns>
public delegate ref int Int32Field(ref RegionMonthIndicators row);

/// <summary>Access to a <see cref="long"/> field of a row.</summary>
/// <param name="row">The row.</param>
/// <returns>A reference to the field.</returns>
public delegate ref long Int64Field(ref RegionMonthIndicators row);

/// <summary>Access to a <see cref="double"/> field of a row.</summary>
/// <param name="row">The row.</param>
/// <returns>A reference to the field.</returns>
public delegate ref double DoubleField(ref RegionMonthIndicators row);

/// <summary>The type of an indicator column.</summary>
public enum IndicatorKind
{
    /// <summary>32-bit integer.</summary>
    Int32,

    /// <summary>64-bit integer (agent counts).</summary>
    Int64,

    /// <summary>Double.</summary>
    Double,
}

/// <summary>One column of <c>region_month</c>: snake_case name, unit, description and field access.</summary>
public sealed class IndicatorColumn
{
    /// <summary>Creates a descriptor; exactly one accessor is given.</summary>
    public IndicatorColumn(string name, string unit, string description, IndicatorAggregation aggregation,
        Int32Field? int32 = null, Int64Field? int64 = null, DoubleField? @double = null)
    {
        Name = name;
        Unit = unit;
        Description = description;
        Aggregation = aggregation;
        Int32Accessor = int32;
        Int64Accessor = int64;
        DoubleAccessor = @double;
        Kind = int32 is not null ? IndicatorKind.Int32 : int64 is not null ? IndicatorKind.Int64 : IndicatorKind.Double;
    }

    /// <summary>Column name with its unit where it has one (e.g. <c>avg_wage_kzt</c>).</summary>
    public string Name { get; }

    /// <summary>Unit.</summary>
    public string Unit { get; }

    /// <summary>What the column holds.</summary>
    public string Description { get; }

    /// <summary>How it aggregates nationally.</summary>
    public IndicatorAggregation Aggregation { get; }

    /// <summary>The column's type.</summary>
    public IndicatorKind Kind { get; }

    /// <summary>Field access for <see cref="IndicatorKind.Int32"/> columns.</summary>
    public Int32Field? Int32Accessor { get; }

    /// <summary>Field access for <see cref="IndicatorKind.Int64"/> columns.</summary>
    public Int64Field? Int64Accessor { get; }

    /// <summary>Field access for <see cref="IndicatorKind.Double"/> columns.</summary>
    public DoubleField? DoubleAccessor { get; }

    /// <summary>The value as a double (any kind).</summary>
    public double GetDouble(RegionMonthIndicators row) => Kind switch
    {
        IndicatorKind.Int32 => Int32Accessor!(ref row),
        IndicatorKind.Int64 => Int64Accessor!(ref row),
        _ => DoubleAccessor!(ref row),
    };

    /// <summary>The value as a long (Int32 and Int64 columns).</summary>
    public long GetInt64(RegionMonthIndicators row) => Kind switch
    {
        IndicatorKind.Int32 => Int32Accessor!(ref row),
        IndicatorKind.Int64 => Int64Accessor!(ref row),
        _ => throw new InvalidOperationException($"column {Name} is a double"),
    };
}
