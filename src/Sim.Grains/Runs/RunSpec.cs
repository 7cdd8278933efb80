using Orleans;
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
/// <param name="OutputPath">Folder on the driver's machine that the driver writes the run's files into, or null to write nothing
/// (inspection replays). Grains only learn from it whether to produce outputs; they never open it.</param>
/// <param name="CheckpointMonths">Every how many months each region checkpoints its state to grain storage (0: never),
/// so that the run survives the death of a silo by resuming from the last checkpoint.</param>
[GenerateSerializer, Immutable]
public sealed record RunSpec(string RunId, string ScenarioPath, ulong? Seed, double? Scale, string? End, string? OutputPath, int CheckpointMonths = 0)
{
    /// <summary>Whether the months ending at <paramref name="monthIndex"/> (counted from <paramref name="startIndex"/>) end with a checkpoint.</summary>
    public bool ChecksAt(int startIndex, int monthIndex) =>
        CheckpointMonths > 0 && (monthIndex - startIndex + 1) % CheckpointMonths == 0;

    /// <summary>Loads the scenario and applies the overrides (throws <see cref="ScenarioValidationException"/> or <see cref="ScenarioOverrideException"/> on bad input).</summary>
    public Scenario LoadScenario() =>
        new ScenarioOverrides(Seed, Scale, End is null ? null : YearMonth.Parse(End)).Apply(ScenarioLoader.Load(ScenarioPath));
}
