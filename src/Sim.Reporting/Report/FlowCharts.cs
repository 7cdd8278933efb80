using ScottPlot;
using ScottPlot.TickGenerators;
using Sim.Reporting.Charts;
using Sim.Reporting.Runs;

namespace Sim.Reporting.Report;

/// <summary>Charts of the flows table: internal moves by mover group, and the largest flows between regions.</summary>
internal static class FlowCharts
{
    /// <summary>National internal moves per month by mover group (mean over members).</summary>
    public static ChartImage MoverGroups(RunSet set)
    {
        var chart = new TimeSeriesChart("Moves between regions by mover group (mean)", "persons per month");
        var groups = set.Members.SelectMany(m => m.Flows.Groups).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        for (var g = 0; g < groups.Count; g++)
        {
            var mean = new double[set.First.Months.Count];
            foreach (var member in set.Members)
            {
                var index = IndexOf(member.Flows.Groups, groups[g]);
                for (var m = 0; m < mean.Length && index >= 0; m++)
                {
                    mean[m] += member.Flows.ByGroupAndMonth[index, m] / set.Members.Count;
                }
            }

            chart.Line(groups[g].Replace('_', ' '), set.First.Months, mean, g);
        }

        return chart.Render("moves-by-group");
    }

    /// <summary>Ranked bars of the <paramref name="count"/> largest origin → destination totals over the run.</summary>
    public static ChartImage Largest(RunSet set, int count)
    {
        var codes = set.First.RegionCodes;
        var pairs = new List<(int From, int To, double Movers)>();
        for (var o = 0; o < codes.Count; o++)
        {
            for (var d = 0; d < codes.Count; d++)
            {
                var mean = set.Members.Average(m => m.Flows.OriginDestination[o, d]);
                if (o != d && mean > 0)
                {
                    pairs.Add((o, d, mean));
                }
            }
        }

        var top = pairs.OrderByDescending(p => p.Movers).ThenBy(p => p.From).ThenBy(p => p.To).Take(count).ToList();
        var title = $"Largest flows between regions, {set.First.Months[0]:MMM yyyy} to {set.First.Months[^1]:MMM yyyy} (mean)";
        var plot = ChartRenderer.NewPlot(title, xLabel: "persons, thousand");
        var ticks = new NumericManual();
        var bars = new List<Bar>();
        for (var i = 0; i < top.Count; i++)
        {
            // Largest at the top: position counts down.
            var position = top.Count - 1 - i;
            bars.Add(new Bar { Position = position, Value = top[i].Movers / 1000, FillColor = ChartPalette.At(0), Orientation = Orientation.Horizontal });
            ticks.AddMajor(position, $"{set.First.RegionNames[top[i].From]} → {set.First.RegionNames[top[i].To]}");
        }

        if (bars.Count > 0)
        {
            plot.Add.Bars(bars);
        }

        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Margins(left: 0, right: 0.05);
        return ChartRenderer.Render(plot, "largest-flows", title, 760, 480);
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
