using Sim.Model;
using Sim.Model.Scenarios;
using Sim.Scenarios;

namespace Sim.Host.Cli;

/// <summary>
/// The checks <c>sim run</c> makes of <c>--scale</c> and <c>--end</c>, for the commands that run a scenario in process
/// under other option names (<c>sim fit --backtest</c>, <c>sim calibrate</c>: <c>--scale</c> and <c>--until</c>).
/// </summary>
internal static class InProcessRunChecks
{
    /// <summary>Throws <see cref="UserInputException"/> or <see cref="ScenarioOverrideException"/> naming the option when a value does not fit the scenario.</summary>
    public static void Check(Scenario scenario, double? scale, YearMonth? until)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (until is { } last && (last < scenario.Start || last > ModelPeriod.Last))
        {
            throw new UserInputException($"--until {last}: allowed a month from the scenario's start {scenario.Start} to {ModelPeriod.Last} (the model's period is {ModelPeriod.Description})");
        }

        // A region must keep at least one agent; the run applies the scale itself.
        _ = new ScenarioOverrides(null, scale, null).Apply(scenario);
    }
}
