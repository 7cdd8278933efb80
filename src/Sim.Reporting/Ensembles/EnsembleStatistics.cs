using Sim.Reporting.Runs;

namespace Sim.Reporting.Ensembles;

/// <summary>
/// Quantiles over members of every numeric region_month indicator, per (month, region, indicator) and per
/// (month, indicator) for the nation (the national value of each member first, see
/// <see cref="IndicatorCatalog.National"/>, then its quantiles). Rows come in month, region (run order) and
/// indicator (column order) order; counts are persons.
/// </summary>
public static class EnsembleStatistics
{
    /// <summary>The regional rows.</summary>
    public static IReadOnlyList<QuantileRow> Regional(RunSet ensemble)
    {
        var first = ensemble.First;
        var regions = first.RegionCodes.Count;
        var n = ensemble.Members.Count;
        var rows = new List<QuantileRow>(first.Months.Count * regions * first.Indicators.Count);
        var values = new double[n];
        for (var m = 0; m < first.Months.Count; m++)
        {
            for (var r = 0; r < regions; r++)
            {
                foreach (var indicator in first.Indicators)
                {
                    for (var i = 0; i < n; i++)
                    {
                        values[i] = ensemble.Members[i].Values(indicator)[(m * regions) + r];
                    }

                    rows.Add(new QuantileRow(first.Months[m], first.RegionCodes[r], indicator, QuantileSet.Of(values), n));
                }
            }
        }

        return rows;
    }

    /// <summary>The national rows (indicators that have a national value).</summary>
    public static IReadOnlyList<QuantileRow> National(RunSet ensemble)
    {
        var first = ensemble.First;
        var series = new List<(string Indicator, QuantileSet[] Statistics)>();
        foreach (var indicator in first.Indicators)
        {
            if (NationalSeries(ensemble, indicator) is { } statistics)
            {
                series.Add((indicator, statistics));
            }
        }

        var rows = new List<QuantileRow>(first.Months.Count * series.Count);
        for (var m = 0; m < first.Months.Count; m++)
        {
            foreach (var (indicator, statistics) in series)
            {
                rows.Add(new QuantileRow(first.Months[m], null, indicator, statistics[m], ensemble.Members.Count));
            }
        }

        return rows;
    }

    /// <summary>Per month, the statistics of an indicator's national value over members; null if it has none.</summary>
    public static QuantileSet[]? NationalSeries(RunSet ensemble, string indicator)
    {
        var perMember = ensemble.Members.Select(m => IndicatorCatalog.National(m, indicator)).ToList();
        return perMember.Any(v => v is null) ? null : Across(perMember!);
    }

    /// <summary>Per month, the statistics of one region's indicator over members.</summary>
    public static QuantileSet[] RegionSeries(RunSet ensemble, string indicator, int region)
    {
        var regions = ensemble.First.RegionCodes.Count;
        return Across(ensemble.Members.Select(member =>
        {
            var series = new double[member.Months.Count];
            for (var m = 0; m < series.Length; m++)
            {
                series[m] = member.Values(indicator)[(m * regions) + region];
            }

            return series;
        }).ToList());
    }

    /// <summary>Per month, the statistics over members of a series computed from each member.</summary>
    public static QuantileSet[] Across(IReadOnlyList<double[]> perMember)
    {
        var months = perMember[0].Length;
        var result = new QuantileSet[months];
        var values = new double[perMember.Count];
        for (var m = 0; m < months; m++)
        {
            for (var i = 0; i < perMember.Count; i++)
            {
                values[i] = perMember[i][m];
            }

            result[m] = QuantileSet.Of(values);
        }

        return result;
    }
}
