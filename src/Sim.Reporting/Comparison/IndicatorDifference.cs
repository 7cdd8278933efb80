using Sim.Reporting.Ensembles;

namespace Sim.Reporting.Comparison;

/// <summary>
/// One measure of one scope compared between run sets A and B. <see cref="Difference"/> is mean(A) − mean(B);
/// the interval is the 5th to 95th percentile (type 7) of the member differences: A and B members paired by seed
/// when both have the same seeds, otherwise every A member against every B member.
/// </summary>
/// <param name="Scope">"Kazakhstan" or a region name.</param>
/// <param name="Measure">The measure.</param>
/// <param name="A">Statistics of A's members.</param>
/// <param name="B">Statistics of B's members.</param>
/// <param name="Difference">mean(A) − mean(B).</param>
/// <param name="Low">5th percentile of the member differences.</param>
/// <param name="High">95th percentile of the member differences.</param>
/// <param name="Pairs">Number of member differences.</param>
public sealed record IndicatorDifference(string Scope, ReportMeasure Measure, QuantileSet A, QuantileSet B, double Difference, double Low, double High, int Pairs)
{
    /// <summary>
    /// Whether the difference stands out from the dice: the interval excludes zero. Null when there is only one
    /// difference (two single runs give no interval).
    /// </summary>
    public bool? Distinguishable => Pairs < 2 ? null : Low > 0 || High < 0;

    /// <summary>"yes", "no" or "n/a (one member each)".</summary>
    public string DistinguishableText => Distinguishable switch
    {
        true => "yes",
        false => "no",
        null => "n/a (one run each)",
    };
}
