using Sim.Model.Engine;

namespace Sim.Model.Tests.Processes;

public sealed class RelocationAttractivenessTests
{
    [Fact]
    public void A_region_constant_raises_that_region_utility_by_exactly_its_value_and_no_other()
    {
        var baseline = Shared.Baseline.WithScale(0.0005);
        var attractiveness = new Dictionary<string, double>(baseline.Relocation.Attractiveness);
        attractiveness["PAV"] = attractiveness.GetValueOrDefault("PAV") + 1.5;
        var raised = baseline with { Relocation = baseline.Relocation with { Attractiveness = attractiveness } };
        var before = Utilities(ModelContext.Create(baseline));
        var after = Utilities(ModelContext.Create(raised));
        var pav = ModelContext.Create(raised).RegionIndex("PAV");
        for (var j = 0; j < before.Length; j++)
        {
            Assert.Equal(before[j] + (j == pav ? 1.5 : 0), after[j], 12);
        }
    }

    [Fact]
    public void Unlisted_regions_have_no_constant()
    {
        var baseline = Shared.Baseline.WithScale(0.0005);
        var empty = baseline with { Relocation = baseline.Relocation with { Attractiveness = new Dictionary<string, double>() } };
        Assert.All(ModelContext.Create(empty).Attractiveness, a => Assert.Equal(0, a));
        var ctx = ModelContext.Create(baseline);
        Assert.Equal(baseline.Relocation.Attractiveness["AST"], ctx.Attractiveness[ctx.RegionIndex("AST")]);
    }

    private static double[] Utilities(ModelContext ctx)
    {
        var s = DemographyProcessTests.Prepare(ctx, ctx.RegionIndex("KAR"), synthesize: true, out _);
        var utility = new double[ctx.RegionCount];
        Sim.Model.Processes.RelocationProcess.Utilities(s, utility);
        return utility;
    }
}
