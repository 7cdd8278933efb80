namespace Sim.Runtime;

/// <summary>One silo's row in the membership table.</summary>
/// <remarks>Orleans counterpart: <c>Orleans.MembershipEntry</c>.</remarks>
public sealed class MembershipEntry
{
    /// <summary>The silo (endpoint + generation).</summary>
    public required SiloAddress SiloAddress { get; init; }

    /// <summary>The silo's status.</summary>
    public SiloStatus Status { get; set; }

    /// <summary>Votes of other silos that suspect this one is dead.</summary>
    public List<SuspectVote> SuspectTimes { get; init; } = [];

    /// <summary>The silo's configured name.</summary>
    public string SiloName { get; init; } = string.Empty;

    /// <summary>The host the silo runs on.</summary>
    public string HostName { get; init; } = string.Empty;

    /// <summary>When the silo started.</summary>
    public DateTimeOffset StartTime { get; init; }

    /// <summary>The last time the silo wrote that it is alive.</summary>
    public DateTimeOffset IAmAliveTime { get; set; }

    /// <summary>A deep copy (tables store and return copies, never shared instances).</summary>
    public MembershipEntry Copy() => new()
    {
        SiloAddress = SiloAddress,
        Status = Status,
        SuspectTimes = [.. SuspectTimes],
        SiloName = SiloName,
        HostName = HostName,
        StartTime = StartTime,
        IAmAliveTime = IAmAliveTime,
    };

    /// <inheritdoc/>
    public override string ToString() => $"{SiloName} {SiloAddress} {Status} ({SuspectTimes.Count} suspicions)";
}
