using Sim.Model.Engine;
using Sim.Scenarios;

namespace Sim.Model.Tests.Engine;

/// <summary>
/// Editing each data file of scenarios/data that the model reads changes the run in the direction the edit implies
/// (issue 9: no input is silently ignored). The baseline chain and its data are copied to a scratch folder, one file is
/// edited, and 12 months at scale 0.01 are compared with the unedited copy under the same seed.
/// </summary>
public sealed class DataFileEffectTests
{
    private const double Scale = 0.01;

    [Fact]
    public void Doubling_the_2023_kandas_arrivals_in_kandas_csv_doubles_them_in_the_run()
    {
        var (before, after) = Compare("kandas.csv", "2023,21000,", "2023,42000,");
        var ratio = (double)Sum(after, r => r.KandasArrivals) / Sum(before, r => r.KandasArrivals);
        Assert.InRange(ratio, 1.8, 2.2);
    }

    [Fact]
    public void Raising_a_region_in_kandas_settlement_csv_sends_more_kandas_there()
    {
        var (before, after) = Compare("kandas_settlement.csv", "ALM,0.27,", "ALM,0.6,");
        var alm = Shared.Context(Scale).RegionIndex("ALM");
        var ratio = (double)SumRegion(after, alm, r => r.KandasArrivals) / SumRegion(before, alm, r => r.KandasArrivals);
        Assert.InRange(ratio, 1.7, 2.8); // 0.6 / 0.27 = 2.2 of the unsupported kandas (most of them)
    }

    [Fact]
    public void A_tenfold_relocation_quota_in_quotas_csv_moves_about_ten_times_as_many()
    {
        var (before, after) = Compare("quotas.csv", "2023,relocation_quota,,6727,", "2023,relocation_quota,,67270,");
        var ratio = (double)Sum(after, r => r.RelocationProgrammeMoves) / Sum(before, r => r.RelocationProgrammeMoves);
        Assert.InRange(ratio, 7, 13);
    }

    [Fact]
    public void Zero_work_permit_shares_in_quotas_csv_stop_new_work_permits()
    {
        var (before, after) = Compare(
            "quotas.csv",
            ("2023,employer_permit_share,,0.002,", "2023,employer_permit_share,,0,"),
            ("2023,household_permit_share,,0.033,", "2023,household_permit_share,,0,"));
        Assert.True(Sum(before, r => r.PermitsWork) > 100, "the baseline grants work permits in 2023");
        Assert.Equal(0, Sum(after, r => r.PermitsWork));
    }

    [Fact]
    public void Listing_kostanay_only_from_2030_in_relocation_regions_csv_sends_no_participants_there_in_2023()
    {
        var (before, after) = Compare("relocation_regions.csv", "KUS,shortage,2022,", "KUS,shortage,2030,");
        var kus = Shared.Context(Scale).RegionIndex("KUS");
        long To(List<MonthOutcome> months) =>
            months.SelectMany(m => m.Flows).Where(f => f.Group == FlowGroup.RelocationProgramme && f.DestinationRegion == kus).Sum(f => (long)f.Count);
        Assert.True(To(before) > 0, "Kostanay receives participants in 2023 as listed since 2022");
        Assert.Equal(0, To(after));
        Assert.True(Sum(after, r => r.RelocationProgrammeMoves) > 0, "the programme still runs to the other regions");
    }

    private static long Sum(List<MonthOutcome> months, Func<RegionMonthIndicators, long> value) => months.Sum(m => value(m.National.Total));

    private static long SumRegion(List<MonthOutcome> months, int region, Func<RegionMonthIndicators, long> value) => months.Sum(m => value(m.Regions[region]));

    private static (List<MonthOutcome> Before, List<MonthOutcome> After) Compare(string file, string find, string replace) =>
        Compare(file, (find, replace));

    private static (List<MonthOutcome> Before, List<MonthOutcome> After) Compare(string file, params (string Find, string Replace)[] edits)
    {
        using var folder = new TempFolder("data-edit");
        var baseline = ScenarioCopy.BaselineChain(folder.Path);
        var before = Run(baseline);
        var path = folder.Combine("data", file);
        var text = File.ReadAllText(path);
        foreach (var (find, replace) in edits)
        {
            Assert.Contains(find, text, StringComparison.Ordinal);
            text = text.Replace(find, replace, StringComparison.Ordinal);
        }

        File.WriteAllText(path, text);
        return (before, Run(baseline));
    }

    private static List<MonthOutcome> Run(string scenario)
    {
        var context = ModelContext.Create(ScenarioLoader.Load(scenario).WithScale(Scale).WithSeed(4242));
        var driver = new SequentialDriver(context, parallel: true);
        return Enumerable.Range(0, 12).Select(_ => driver.Step()).ToList();
    }
}
