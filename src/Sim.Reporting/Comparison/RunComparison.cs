using Sim.Reporting.Ensembles;
using Sim.Reporting.Runs;

namespace Sim.Reporting.Comparison;

/// <summary>The differences between two run sets (runs or ensembles) of the same regions and months.</summary>
public sealed class RunComparison
{
    private RunComparison(RunSet a, RunSet b, int referenceMonth, bool paired, IReadOnlyList<IndicatorDifference> differences)
    {
        A = a;
        B = b;
        ReferenceMonth = referenceMonth;
        Paired = paired;
        Differences = differences;
    }

    /// <summary>The run set compared (the report's subject).</summary>
    public RunSet A { get; }

    /// <summary>The run set compared against (e.g. the baseline).</summary>
    public RunSet B { get; }

    /// <summary>Index of the reference month (see <see cref="ReportMeasures.ReferenceMonth"/>).</summary>
    public int ReferenceMonth { get; }

    /// <summary>The date the levels describe: the first day after the reference month.</summary>
    public DateOnly ReferenceDate => A.First.Months[ReferenceMonth].AddMonths(1);

    /// <summary>Whether members were paired by seed (same seeds on both sides).</summary>
    public bool Paired { get; }

    /// <summary>National differences first, then each region's, measures in <see cref="ReportMeasures.All"/> order.</summary>
    public IReadOnlyList<IndicatorDifference> Differences { get; }

    /// <summary>Compares A with B; bad input (different regions, months or indicators) raises <see cref="ReportInputException"/>.</summary>
    public static RunComparison Compare(RunSet a, RunSet b)
    {
        RunSet.RequireSameShape(a.First, b.First);
        ReportMeasures.RequireColumns(a);
        ReportMeasures.RequireColumns(b);
        var reference = ReportMeasures.ReferenceMonth(a.First.Months);
        var seedsA = a.Members.Select(m => m.Seed).ToList();
        var paired = a.Members.Count > 1 && seedsA.All(s => s is not null) && seedsA.SequenceEqual(b.Members.Select(m => m.Seed));
        var differences = new List<IndicatorDifference>();
        for (var region = -1; region < a.First.RegionCodes.Count; region++)
        {
            var scope = region < 0 ? "Kazakhstan" : a.First.RegionNames[region];
            foreach (var measure in ReportMeasures.All.Where(m => region >= 0 || !m.RegionalOnly))
            {
                var va = a.Members.Select(m => measure.ValueOf(m, region, reference)).ToArray();
                var vb = b.Members.Select(m => measure.ValueOf(m, region, reference)).ToArray();
                var d = paired
                    ? va.Zip(vb, (x, y) => x - y).ToArray()
                    : va.SelectMany(x => vb.Select(y => x - y)).ToArray();
                var stats = QuantileSet.Of(d);
                var qa = QuantileSet.Of(va);
                var qb = QuantileSet.Of(vb);
                differences.Add(new IndicatorDifference(scope, measure, qa, qb, qa.Mean - qb.Mean, stats.P05, stats.P95, d.Length));
            }
        }

        return new RunComparison(a, b, reference, paired, differences);
    }
}
