namespace Sim.Model.Engine;

/// <summary>How a column aggregates to the national total.</summary>
public enum IndicatorAggregation
{
    /// <summary>An identifying column (year, month, region).</summary>
    Key,

    /// <summary>Summed over regions.</summary>
    Sum,

    /// <summary>Recomputed from the national sums (rates, averages).</summary>
    Recomputed,

    /// <summary>The same in every region (weight, national factors).</summary>
    Same,
}
