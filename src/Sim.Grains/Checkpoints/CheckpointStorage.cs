namespace Sim.Grains.Checkpoints;

/// <summary>Names shared by the grains that checkpoint and the hosts that give them storage.</summary>
public static class CheckpointStorage
{
    /// <summary>The name of the grain storage provider that holds checkpoints.</summary>
    public const string ProviderName = "checkpoints";

    /// <summary>Checkpoint interval when a scenario does not set one, in months.</summary>
    public const int DefaultIntervalMonths = 12;
}
