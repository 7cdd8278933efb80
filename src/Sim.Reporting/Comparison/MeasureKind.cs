namespace Sim.Reporting.Comparison;

/// <summary>How a measure is taken from monthly values.</summary>
public enum MeasureKind
{
    /// <summary>The value of the reference month (a stock at its end, or a rate).</summary>
    Level,

    /// <summary>The sum over the months from the start through the reference month (a flow).</summary>
    Total,
}
