using ScottPlot;
using ScottPlot.TickGenerators;
using Sim.Reporting.Charts;
using Sim.Reporting.Comparison;

namespace Sim.Reporting.Report;

/// <summary>The difference of each region's population at the reference date, with its interval.</summary>
internal static class DifferenceChart
{
    /// <summary>Dots at mean(A) − mean(B), bars from p05 to p95 of the member differences, a line at zero.</summary>
    public static ChartImage Population(RunComparison comparison)
    {
        var rows = comparison.Differences.Where(d => d.Measure.Id == "population" && d.Scope != "Kazakhstan").ToList();
        var title = $"Population on {comparison.ReferenceDate:d MMM yyyy}: {comparison.A.Label} minus {comparison.B.Label}";
        var plot = ChartRenderer.NewPlot(title, xLabel: "persons, thousand (dot: difference of means; bar: 5–95% of member differences)");
        var ticks = new NumericManual();
        for (var i = 0; i < rows.Count; i++)
        {
            var y = rows.Count - 1 - i;
            var color = rows[i].Distinguishable == true ? ChartPalette.At(1) : ChartPalette.At(0);
            var interval = plot.Add.Line(rows[i].Low / 1000, y, rows[i].High / 1000, y);
            interval.Color = color;
            interval.LineWidth = 3;
            var dot = plot.Add.Marker(rows[i].Difference / 1000, y);
            dot.Color = color;
            dot.Size = 8;
            ticks.AddMajor(y, rows[i].Scope);
        }

        var zero = plot.Add.VerticalLine(0);
        zero.Color = Colors.Gray;
        zero.LineWidth = 1;
        plot.Axes.Left.TickGenerator = ticks;
        return ChartRenderer.Render(plot, "difference-population", title, 760, 560);
    }
}
