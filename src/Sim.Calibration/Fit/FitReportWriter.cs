using System.Globalization;
using System.Text;

namespace Sim.Calibration.Fit;

/// <summary>
/// Writes the fit report of one or more runs into a folder: <c>fit-report.md</c> (targets with observed,
/// simulated and error; the spread over runs; regional tables; the date mapping; what was not compared)
/// and one chart per series as SVG and PNG (<c>russians.svg</c>, <c>rents.svg</c>, drawn with ScottPlot).
/// </summary>
public static class FitReportWriter
{
    /// <summary>File name of the Markdown report.</summary>
    public const string ReportFile = "fit-report.md";

    /// <summary>Writes the report and charts; returns the report's path.</summary>
    public static string Write(FitSummary summary, string outputFolder, string title, IReadOnlyList<string> notes)
    {
        Directory.CreateDirectory(outputFolder);
        var charts = FitCharts.Render(summary);
        foreach (var chart in charts)
        {
            File.WriteAllText(Path.Combine(outputFolder, chart.Id + ".svg"), chart.Svg, new UTF8Encoding(false));
            File.WriteAllBytes(Path.Combine(outputFolder, chart.Id + ".png"), chart.Png);
        }

        var path = Path.Combine(outputFolder, ReportFile);
        File.WriteAllText(path, Markdown(summary, title, notes, charts.Select(c => c.Id).ToList()), new UTF8Encoding(false));
        return path;
    }

    /// <summary>The Markdown text of the report.</summary>
    public static string Markdown(FitSummary summary, string title, IReadOnlyList<string> notes, IReadOnlyList<string> chartIds)
    {
        var md = new StringBuilder();
        var multi = summary.Runs.Count > 1;
        md.AppendLine(CultureInfo.InvariantCulture, $"# {title}").AppendLine();
        foreach (var note in notes)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
        }

        md.AppendLine(CultureInfo.InvariantCulture, $"- Runs compared: {string.Join(", ", summary.Runs.Select(r => r.Label))}.");
        md.AppendLine(multi
            ? "- Simulated: the median over the runs, with the smallest and largest value; pass is judged at the median, and the last column counts the runs that pass on their own."
            : "- Simulated counts are agent counts × weight (persons).");
        md.AppendLine().AppendLine("## Targets").AppendLine();
        Table(md, summary.Targets.ToList(), multi, true);
        md.AppendLine().AppendLine(CultureInfo.InvariantCulture,
            $"**{summary.Targets.Count(t => t.PassAtMedian == true)} of {summary.Targets.Count()} targets pass.**").AppendLine();
        md.AppendLine("## Other comparisons (information)").AppendLine();
        Table(md, summary.Spreads.Where(s => s.Comparison.Check == FitCheck.None).ToList(), multi, false);
        md.AppendLine();
        if (chartIds.Count > 0)
        {
            md.AppendLine("## Charts").AppendLine();
            foreach (var id in chartIds)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"![{id}]({id}.svg)").AppendLine();
            }
        }

        Regional(md, summary);
        md.AppendLine("## How dates map to monthly steps").AppendLine();
        foreach (var s in summary.Spreads)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- `{s.Comparison.Id}`: {s.Comparison.Mapping}");
        }

        md.AppendLine().AppendLine("See docs/fit.md for the rules.").AppendLine();
        var skipped = summary.Runs[0].Skipped;
        if (skipped.Count > 0)
        {
            md.AppendLine("## Not compared").AppendLine();
            foreach (var s in skipped)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {s}");
            }
        }

        return md.ToString();
    }

    /// <summary>Formats a value in the unit's usual precision.</summary>
    public static string Value(double value, string unit) => unit switch
    {
        "persons" => value.ToString("N0", CultureInfo.InvariantCulture),
        "ratio" => value.ToString("0.0000", CultureInfo.InvariantCulture),
        "regions" => value.ToString("0.#", CultureInfo.InvariantCulture),
        _ => value.ToString("0.0", CultureInfo.InvariantCulture),
    };

    /// <summary>Formats the error of a comparison at a simulated value.</summary>
    public static string Error(FitComparison c, double simulated) => c.Check switch
    {
        FitCheck.WithinRelative => (FitMetrics.RelativeError(simulated, c.Observed) * 100).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) + "%",
        FitCheck.AtMost => Value(simulated, c.Unit),
        FitCheck.None when c.Observed != 0 && c.Unit == "persons" =>
            (FitMetrics.RelativeError(simulated, c.Observed) * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + "%",
        _ => (simulated - c.Observed).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + (c.Unit == "% points" ? " pts" : string.Empty),
    };

    private static void Table(StringBuilder md, List<ComparisonSpread> rows, bool multi, bool targets)
    {
        md.Append("| target | observed | simulated").Append(multi ? " (median) | min | max" : string.Empty).Append(" | error");
        md.AppendLine(targets ? $" | criterion | pass{(multi ? " | runs passing" : string.Empty)} |" : " |");
        var columns = 4 + (multi ? 2 : 0) + (targets ? 2 + (multi ? 1 : 0) : 0);
        md.AppendLine("|" + string.Concat(Enumerable.Repeat(" --- |", columns)));
        foreach (var s in rows)
        {
            var c = s.Comparison;
            md.Append(CultureInfo.InvariantCulture, $"| {c.Target} | {Value(c.Observed, c.Unit)} | {Value(s.Median, c.Unit)}");
            if (multi)
            {
                md.Append(CultureInfo.InvariantCulture, $" | {Value(s.Min, c.Unit)} | {Value(s.Max, c.Unit)}");
            }

            md.Append(CultureInfo.InvariantCulture, $" | {Error(c, s.Median)}");
            if (targets)
            {
                md.Append(CultureInfo.InvariantCulture, $" | {c.Criterion} | {(s.PassAtMedian == true ? "pass" : "**FAIL**")}");
                if (multi)
                {
                    md.Append(CultureInfo.InvariantCulture, $" | {s.RunsPassing}/{s.Values.Count}");
                }
            }

            md.AppendLine(" |");
        }
    }

    private static void Regional(StringBuilder md, FitSummary summary)
    {
        var first = summary.Runs[0].Regional;
        for (var t = 0; t < first.Count; t++)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"## {first[t].Title}").AppendLine();
            md.AppendLine("| region | observed | simulated (median) | min | max | difference (median) |");
            md.AppendLine("| --- | --- | --- | --- | --- | --- |");
            for (var r = 0; r < first[t].Rows.Count; r++)
            {
                var row = first[t].Rows[r];
                var values = summary.Runs.Select(run => run.Regional[t].Rows[r].Simulated).ToList();
                var median = ComparisonSpread.MedianOf(values);
                var observed = row.Observed is { } o ? o.ToString("N0", CultureInfo.InvariantCulture)
                    : row.ObservedSign > 0 ? "(gain)" : "(loss)";
                var diff = row.Observed is { } ov ? (median - ov).ToString("+#,0;-#,0;0", CultureInfo.InvariantCulture)
                    : Math.Sign(median) == row.ObservedSign ? "sign right" : "**sign wrong**";
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"| {row.Region} | {observed} | {median.ToString("N0", CultureInfo.InvariantCulture)} | {values.Min().ToString("N0", CultureInfo.InvariantCulture)} | {values.Max().ToString("N0", CultureInfo.InvariantCulture)} | {diff} |");
            }

            md.AppendLine();
        }
    }
}
