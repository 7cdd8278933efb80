using Sim.Reporting.Comparison;
using Sim.Reporting.Runs;
using Sim.Reporting.Tests.Support;

namespace Sim.Reporting.Tests.Comparison;

public sealed class RunComparisonTests
{
    [Fact]
    public void Same_seeds_pair_members_and_the_interval_is_over_paired_differences()
    {
        using var temp = new TempFolder();
        // A - B by seed: 10, 30, 20, 40, 50 (AAA); national adds BBB's equal values.
        var a = RunSet.FromMembers("A", true, [.. new[] { 110.0, 130, 120, 140, 150 }.Select((p, i) => Read(temp, $"a{i}", FullRun.Create((ulong)i + 1, p, 7)))]);
        var b = RunSet.FromMembers("B", true, [.. Enumerable.Range(0, 5).Select(i => Read(temp, $"b{i}", FullRun.Create((ulong)i + 1, 100, 7)))]);

        var comparison = RunComparison.Compare(a, b);
        Assert.True(comparison.Paired);

        // The reference month is December 2029 (1 Jan 2030), not the run's last month.
        Assert.Equal(new DateOnly(2030, 1, 1), comparison.ReferenceDate);
        var aaa = comparison.Differences.Single(d => d.Scope == "Region AAA" && d.Measure.Id == "population");
        Assert.Equal(30, aaa.Difference, 9);
        Assert.Equal(12, aaa.Low, 9);
        Assert.Equal(48, aaa.High, 9);
        Assert.True(aaa.Distinguishable);
        var bbb = comparison.Differences.Single(d => d.Scope == "Region BBB" && d.Measure.Id == "population");
        Assert.False(bbb.Distinguishable);

        // Births are a total over Nov and Dec 2029: 1 + 1 per region, 4 nationally, in both.
        var births = comparison.Differences.Single(d => d.Scope == "Kazakhstan" && d.Measure.Id == "births");
        Assert.Equal(4, births.A.Mean, 9);
        Assert.Equal(0, births.Difference, 9);
        Assert.DoesNotContain(comparison.Differences, d => d.Scope == "Kazakhstan" && d.Measure.RegionalOnly);
    }

    [Fact]
    public void Different_seeds_compare_every_pair_and_single_runs_have_no_interval()
    {
        using var temp = new TempFolder();
        var a = RunSet.FromMembers("A", true, [Read(temp, "a1", FullRun.Create(1, 110, 7)), Read(temp, "a2", FullRun.Create(2, 120, 7))]);
        var b = RunSet.FromMembers("B", true, [Read(temp, "b1", FullRun.Create(3, 100, 7)), Read(temp, "b2", FullRun.Create(4, 105, 7))]);
        var aaa = RunComparison.Compare(a, b).Differences.Single(d => d.Scope == "Region AAA" && d.Measure.Id == "population");

        // All pairs: 10, 5, 20, 15 -> sorted 5 10 15 20, h = 3p: p05 = 5 + 0.15 * 5, p95 = 15 + 0.85 * 5.
        Assert.Equal(4, aaa.Pairs);
        Assert.Equal(12.5, aaa.Difference, 9);
        Assert.Equal(5.75, aaa.Low, 9);
        Assert.Equal(19.25, aaa.High, 9);

        var single = RunComparison.Compare(RunSet.FromMembers("a", false, [a.Members[0]]), RunSet.FromMembers("b", false, [b.Members[0]]));
        Assert.All(single.Differences, d => Assert.Null(d.Distinguishable));
    }

    [Fact]
    public void Runs_of_different_periods_regions_or_indicators_are_refused_in_one_line()
    {
        using var temp = new TempFolder();
        var a = RunSet.Load(FullRun.Create(1, 1, 1).Write(temp.Combine("a")));
        var shorter = RunSet.Load(FullRun.Create(1, 1, 1, [new(2029, 11, 1)]).Write(temp.Combine("short")));
        var otherRegions = FullRun.Create(1, 1, 1);
        var renamed = new TinyRun { Seed = 1, Regions = ["AAA", "CCC"], Months = otherRegions.Months };
        foreach (var (name, values) in otherRegions.Columns)
        {
            renamed.Columns[name] = values;
        }

        var lacking = FullRun.Create(1, 1, 1);
        lacking.Columns.Remove("births");

        var period = Assert.Throws<ReportInputException>(() => RunComparison.Compare(a, shorter)).Message;
        Assert.Contains("covers 2029-11 to 2029-11 but", period, StringComparison.Ordinal);
        var regions = Assert.Throws<ReportInputException>(() => RunComparison.Compare(a, RunSet.Load(renamed.Write(temp.Combine("c"))))).Message;
        Assert.Contains("covers regions AAA,CCC", regions, StringComparison.Ordinal);
        var missing = Assert.Throws<ReportInputException>(() => RunComparison.Compare(a, RunSet.Load(lacking.Write(temp.Combine("d"))))).Message;
        Assert.Contains("lacks indicator 'births'", missing, StringComparison.Ordinal);
        Assert.All(new[] { period, regions, missing }, m => Assert.DoesNotContain('\n', m));
    }

    [Fact]
    public void A_folder_that_is_not_a_run_is_refused()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("empty"));
        Assert.Contains("is not a run or ensemble folder", Assert.Throws<ReportInputException>(() => RunSet.Load(temp.Combine("empty"))).Message, StringComparison.Ordinal);
        Assert.Contains("no such folder", Assert.Throws<ReportInputException>(() => RunSet.Load(temp.Combine("nowhere"))).Message, StringComparison.Ordinal);
        Directory.CreateDirectory(temp.Combine("half", "region_month"));
        Assert.Contains("holds no .parquet files", Assert.Throws<ReportInputException>(() => RunSet.Load(temp.Combine("half"))).Message, StringComparison.Ordinal);
        File.WriteAllText(temp.Combine("half", "region_month", "part-00.parquet"), "not parquet");
        Directory.CreateDirectory(temp.Combine("half", "flows"));
        File.WriteAllText(temp.Combine("half", "flows", "part-00.parquet"), "not parquet");
        Assert.Contains("cannot be read", Assert.Throws<ReportInputException>(() => RunSet.Load(temp.Combine("half"))).Message, StringComparison.Ordinal);
    }

    private static RunData Read(TempFolder temp, string name, TinyRun run) => RunFolderReader.Read(run.Write(temp.Combine(name)));
}
