using Sim.Host.Commands.Levers;

namespace Sim.Host.Tests.Commands;

/// <summary>The "below resolution" note of <c>sim levers</c>: persons a year × scale against 20 agents.</summary>
public sealed class LeverResolutionTests
{
    [Fact]
    public void A_lever_under_twenty_agents_a_year_names_the_scale_that_resolves_it()
    {
        // In-demand quota 1,500 a year at 0.01 = 15 agents; at 0.02 = 30 ≥ 20.
        Assert.Equal("below resolution at scale 0.01, 15 agents a year: run at ≥ 0.02", LeverResolution.Note(1500, 0.01));

        // The 500+ visa, 100 a year: 1 agent at 0.01; 0.1 gives 10, 0.2 gives 20.
        Assert.Equal("below resolution at scale 0.01, 1 agent a year: run at ≥ 0.2", LeverResolution.Note(100, 0.01));

        // 10 persons a year are 10 agents even at scale 1.
        Assert.Equal("below resolution at scale 0.05, 0.5 agents a year: fewer than 20 persons a year even at scale 1", LeverResolution.Note(10, 0.05));
    }

    [Fact]
    public void A_resolved_or_empty_lever_has_no_note()
    {
        Assert.Null(LeverResolution.Note(2000, 0.01)); // exactly 20 agents
        Assert.Null(LeverResolution.Note(0, 0.01)); // produced nothing and sets no quota
        Assert.Null(LeverResolution.Note(100, 1));
    }
}
