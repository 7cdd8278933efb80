using System.Globalization;
using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <summary>
/// How many agents each region starts with (its population on the first day of the start month times the scale,
/// rounded, as the synthesiser makes them): a region with none would silently drop out of every output.
/// </summary>
internal static class AgentCounts
{
    /// <summary>The smallest region when it gets no agent, else null.</summary>
    public static string? EmptyRegion(Scenario scenario)
    {
        var scale = scenario.Population.Scale;
        var smallest = scenario.Tables.Regions.Regions
            .Select(r => (Region: r, Persons: r.PopulationAt(scenario.Start)))
            .MinBy(r => r.Persons);
        if (smallest.Region is null || Math.Round(smallest.Persons * scale) >= 1)
        {
            return null;
        }

        var code = smallest.Region.Code;
        return smallest.Persons < 1
            ? string.Create(CultureInfo.InvariantCulture,
                $"region {code} has no persons on {scenario.Start} (its populations of 1 Jan 2022 and 1 Jan 2023 extrapolate to {smallest.Persons:N0}); allowed a start month at which every region has persons")
            : string.Create(CultureInfo.InvariantCulture,
                $"at scale {scale:G4} region {code} ({smallest.Persons:N0} persons on {scenario.Start}) gets no agents; allowed a scale of at least {1 / smallest.Persons:G3} (one agent for the smallest region)");
    }
}
