using System.Security.Cryptography;
using Orleans;
using Sim.Model.Scenarios;
using Sim.Model.Scenarios.Serialization;

namespace Sim.Grains.Runs;

/// <summary>
/// What a run is: the scenario itself (typed values and data tables, serialized once by the submitter), where its
/// files go and how often it checkpoints. Plain data, so it crosses silos and hosts: no silo reads a scenario file.
/// </summary>
/// <param name="RunId">The run's id (the run grain's key; region grains are keyed <c>RunId/index</c>).</param>
/// <param name="Scenario">The scenario with every override applied, as <see cref="ScenarioSerializer"/> bytes.</param>
/// <param name="ScenarioDigest">SHA-256 of <paramref name="Scenario"/> (hex): equal specs have equal digests.</param>
/// <param name="OutputPath">Folder on the driver's machine that the driver writes the run's files into, or null to write nothing
/// (inspection replays). Grains only learn from it whether to produce outputs; they never open it.</param>
/// <param name="CheckpointMonths">Every how many months each region checkpoints its state to grain storage (0: never),
/// so that the run survives the death of a silo by resuming from the last checkpoint.</param>
[GenerateSerializer, Immutable]
public sealed record RunSpec(string RunId, byte[] Scenario, string ScenarioDigest, string? OutputPath, int CheckpointMonths = 0)
{
    /// <summary>The spec of a run of <paramref name="scenario"/> (overrides already applied).</summary>
    public static RunSpec For(string runId, Scenario scenario, string? outputPath, int checkpointMonths = 0)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var bytes = ScenarioSerializer.ToBytes(scenario);
        return new RunSpec(runId, bytes, Convert.ToHexString(SHA256.HashData(bytes)), outputPath, checkpointMonths);
    }

    /// <summary>Whether the months ending at <paramref name="monthIndex"/> (counted from <paramref name="startIndex"/>) end with a checkpoint.</summary>
    public bool ChecksAt(int startIndex, int monthIndex) =>
        CheckpointMonths > 0 && (monthIndex - startIndex + 1) % CheckpointMonths == 0;

    /// <summary>The scenario, as the submitter loaded it.</summary>
    public Scenario LoadScenario() => ScenarioSerializer.FromBytes(Scenario);

    /// <summary>Specs are equal when they describe the same run (the scenario compared by its digest).</summary>
    public bool Equals(RunSpec? other) =>
        other is not null && RunId == other.RunId && ScenarioDigest == other.ScenarioDigest
        && OutputPath == other.OutputPath && CheckpointMonths == other.CheckpointMonths;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RunId, ScenarioDigest, OutputPath, CheckpointMonths);
}
