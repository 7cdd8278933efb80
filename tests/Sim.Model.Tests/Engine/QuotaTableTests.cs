using Sim.Model.Engine;
using Sim.Model.Scenarios;

namespace Sim.Model.Tests.Engine;

/// <summary>How the quotas table's years and regional rows become the quotas in force (hand-computed from the rows given).</summary>
public sealed class QuotaTableTests
{
    [Fact]
    public void A_figure_stays_in_force_until_the_next_year_given()
    {
        var table = new QuotaTable(
        [
            new(2022, QuotaKind.KandasQuota, string.Empty, 100),
            new(2024, QuotaKind.KandasQuota, string.Empty, 300),
            new(2023, QuotaKind.RelocationQuota, string.Empty, 1000),
            new(2023, QuotaKind.RelocationQuota, "PAV", 400),
        ]);
        Assert.Equal(100, table.National(QuotaKind.KandasQuota, 2021)); // before the first year: the first figure
        Assert.Equal(100, table.National(QuotaKind.KandasQuota, 2023));
        Assert.Equal(300, table.National(QuotaKind.KandasQuota, 2030));
        Assert.Equal(0, table.National(QuotaKind.EmployerPermitShare, 2023));
        Assert.Empty(table.Regional(QuotaKind.RelocationQuota, 2022).Regions);
        var (regions, national) = table.Regional(QuotaKind.RelocationQuota, 2026);
        Assert.Equal(400, regions["PAV"]);
        Assert.Equal(1000, national);
    }

    [Fact]
    public void An_akimat_quota_row_replaces_the_national_share_in_its_region_and_a_lever_value_replaces_both()
    {
        var baseline = Shared.Baseline.WithScale(0.0001);
        var rows = baseline.Tables.Quotas.Entries.Append(new QuotaEntry(2024, QuotaKind.EmployerPermitShare, "ALA", 0.01)).ToList();
        var scenario = baseline with { Tables = baseline.Tables with { Quotas = new QuotaTable(rows) } };
        var ctx = ModelContext.Create(scenario);
        var shares = ctx.QuotasAt(new YearMonth(2024, 6)).WorkPermitShare;
        Assert.Equal(0.01 + 0.031, shares[ctx.RegionIndex("ALA")], 12);
        Assert.Equal(0.0023 + 0.031, shares[ctx.RegionIndex("AST")], 12);
        Assert.Equal(0.01 + 0.03, ctx.QuotasAt(new YearMonth(2025, 6)).WorkPermitShare[ctx.RegionIndex("ALA")], 12); // 2024 row in force, 2025 household share

        var lever = scenario.Levers.WorkPermits;
        var akimat = new WorkPermitLever(2.0, new Dictionary<string, double> { ["ALA"] = 0.05 }, 0.3);
        var withLever = scenario with
        {
            Levers = scenario.Levers with { WorkPermits = new LeverTimeline<WorkPermitLever>([.. lever.Changes, new(new YearMonth(2024, 1), akimat)]) },
        };
        var leverCtx = ModelContext.Create(withLever);
        var leverShares = leverCtx.QuotasAt(new YearMonth(2024, 6)).WorkPermitShare;
        Assert.Equal(0.05, leverShares[leverCtx.RegionIndex("ALA")], 12);
        Assert.Equal(2 * (0.0023 + 0.031), leverShares[leverCtx.RegionIndex("AST")], 12);
    }
}
