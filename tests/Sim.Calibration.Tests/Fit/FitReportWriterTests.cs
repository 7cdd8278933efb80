using System.Xml.Linq;
using Sim.Calibration.Fit;
using Sim.Calibration.Observed;
using Sim.Calibration.Tests.Observed;

namespace Sim.Calibration.Tests.Fit;

public sealed class FitReportWriterTests
{
    [Fact]
    public void The_report_lists_targets_with_observed_simulated_error_and_pass_and_writes_well_formed_charts()
    {
        using var observedFolder = ObservedFiles.Create();
        using var output = new TempFolder();
        var fit = FitEvaluator.Evaluate("synthetic", SyntheticRun.Table(), ObservedDataLoader.Load(observedFolder.Path));
        var path = FitReportWriter.Write(new FitSummary([fit]), output.Path, "Fit of synthetic", ["a note"]);

        var md = File.ReadAllText(path);
        Assert.StartsWith("# Fit of synthetic", md, StringComparison.Ordinal);
        Assert.Contains("- a note", md, StringComparison.Ordinal);
        Assert.Contains("| National deaths 2022 | 20 | 24 | +20.00% | within ±2% | **FAIL** |", md, StringComparison.Ordinal);
        Assert.Contains("| Rent change AAA, 2022-11-03 vs 2022-09-01 | 28.0 | 22.0 | -6.0 pts | within ±10 % points | pass |", md, StringComparison.Ordinal);
        Assert.Contains("![russians](russians.svg)", md, StringComparison.Ordinal);
        Assert.Contains("## Not compared", md, StringComparison.Ordinal);
        foreach (var chart in new[] { "russians.svg", "rents.svg" })
        {
            var svg = XDocument.Load(Path.Combine(output.Path, chart));
            Assert.Equal("svg", svg.Root!.Name.LocalName);
        }
    }

    [Fact]
    public void Several_runs_report_median_min_max_and_runs_passing()
    {
        using var observedFolder = ObservedFiles.Create();
        var observed = ObservedDataLoader.Load(observedFolder.Path);
        var a = FitEvaluator.Evaluate("seed 1", SyntheticRun.Table(), observed);
        var shifted = SyntheticRun.Rows().Select(r => r with { Deaths = r.RegionIndex == 0 ? 0 : r.Deaths });
        var b = FitEvaluator.Evaluate("seed 2", RegionMonthTable.FromRows(shifted, SyntheticRun.Codes), observed);
        var summary = new FitSummary([a, b, a]);
        var deaths = summary.Spreads.Single(s => s.Comparison.Id == "deaths_2022");
        Assert.Equal([24.0, 12, 24], deaths.Values);
        Assert.Equal(24, deaths.Median);
        Assert.Equal(0, deaths.RunsPassing);

        var md = FitReportWriter.Markdown(summary, "t", [], []);
        Assert.Contains("| National deaths 2022 | 20 | 24 | 12 | 24 | +20.00% | within ±2% | **FAIL** | 0/3 |", md, StringComparison.Ordinal);
    }
}
