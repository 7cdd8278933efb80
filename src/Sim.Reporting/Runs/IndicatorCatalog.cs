using Sim.Model.Engine;

namespace Sim.Reporting.Runs;

/// <summary>
/// What the reports know about region_month columns, taken from the model's data dictionary
/// (<see cref="IndicatorColumns"/>): each column's unit and how it aggregates to the nation. Columns the model
/// does not list (added by a later version) are reported per region only.
/// </summary>
public static class IndicatorCatalog
{
    private static readonly Dictionary<string, IndicatorColumn> ByName = IndicatorColumns.All.ToDictionary(c => c.Name, StringComparer.Ordinal);

    /// <summary>
    /// The weight column of each recomputed indicator: its national value is the mean of the regions' values
    /// weighted by this column (unemployment: the labour force, so the result is Σ unemployed / Σ labour force).
    /// </summary>
    private static readonly Dictionary<string, string> RecomputeWeight = new(StringComparer.Ordinal)
    {
        ["unemployment_rate"] = "labour_force",
        ["avg_wage_kzt"] = "employed",
        ["rent_index"] = "population_end",
        ["rent_kzt_per_m2"] = "population_end",
    };

    /// <summary>The unit the model writes for a column (agents are converted to persons when read), or null.</summary>
    public static string? UnitOf(string column) => ByName.TryGetValue(column, out var c) ? c.Unit : null;

    /// <summary>The unit of an indicator as the reports hold it (agents read as persons).</summary>
    public static string ReportedUnitOf(string column) => UnitOf(column) switch
    {
        "agents" => "persons",
        null => "as written",
        var unit => unit,
    };

    /// <summary>
    /// The national value of an indicator per month, or null when it has no national value (a column unknown to
    /// the model, or a recomputed one whose weight column the run lacks). Sums are summed over regions, "same in
    /// every region" columns take the first region's value, recomputed ones are weighted means.
    /// </summary>
    public static double[]? National(RunData run, string indicator)
    {
        if (!ByName.TryGetValue(indicator, out var column) || !run.Has(indicator))
        {
            return null;
        }

        var regions = run.RegionCodes.Count;
        var values = run.Values(indicator);
        var result = new double[run.Months.Count];
        switch (column.Aggregation)
        {
            case IndicatorAggregation.Sum:
                for (var m = 0; m < result.Length; m++)
                {
                    result[m] = Sum(values.Slice(m * regions, regions));
                }

                return result;
            case IndicatorAggregation.Same:
                for (var m = 0; m < result.Length; m++)
                {
                    result[m] = values[m * regions];
                }

                return result;
            case IndicatorAggregation.Recomputed when RecomputeWeight.TryGetValue(indicator, out var weightColumn) && run.Has(weightColumn):
                var weights = run.Values(weightColumn);
                for (var m = 0; m < result.Length; m++)
                {
                    var total = Sum(weights.Slice(m * regions, regions));
                    var weighted = 0.0;
                    for (var r = 0; r < regions; r++)
                    {
                        weighted += values[(m * regions) + r] * weights[(m * regions) + r];
                    }

                    result[m] = total > 0 ? weighted / total : 0;
                }

                return result;
            default:
                return null;
        }
    }

    private static double Sum(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum;
    }
}
