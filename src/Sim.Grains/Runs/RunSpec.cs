using Sim.Model;
using Sim.Model.Scenarios;
using Sim.Scenarios;

namespace Sim.Grains.Runs;

/// <summary>
/// What a run is: the scenario file and the command line's overrides, and where its files go. Plain data, so it
/// crosses silos; every silo loads the same scenario from it (<see cref="RunContextCache"/>).
/// </summary>
/// <param name="RunId">The run's id (the run grain's key; region grains are keyed <c>RunId/index</c>).</param>
/// <param name="ScenarioPath">Full path of the scenario file.</param>
/// <param name="Seed">Seed override, or null for the scenario's seed.</param>
/// <param name="Scale">Scale override (agents per person), or null for the scenario's scale.</param>
/// <param name="End">Last month override (<c>YYYY-MM</c>), or null for the scenario's end.</param>
/// <param name="OutputPath">Folder the run's files are written into, or null to write nothing (inspection replays).</param>
public sealed record RunSpec(string RunId, string ScenarioPath, ulong? Seed, double? Scale, string? End, string? OutputPath)
{
    /// <summary>Loads the scenario and applies the overrides (throws <see cref="ScenarioValidationException"/> or <see cref="ScenarioOverrideException"/> on bad input).</summary>
    public Scenario LoadScenario() =>
        new ScenarioOverrides(Seed, Scale, End is null ? null : YearMonth.Parse(End)).Apply(ScenarioLoader.Load(ScenarioPath));
}
