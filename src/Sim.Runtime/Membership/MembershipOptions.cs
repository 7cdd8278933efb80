namespace Sim.Runtime;

/// <summary>
/// Failure detection and membership-table timing. Silos probe a few others each <see cref="ProbePeriod"/>; after
/// <see cref="NumMissedProbesLimit"/> missed probes in a row a silo votes the other suspect in the table; with
/// <see cref="NumVotesForDeathDeclaration"/> fresh votes (or all the other active silos' votes, if fewer) it is declared dead.
/// </summary>
/// <remarks>Orleans counterpart: <c>Orleans.Configuration.ClusterMembershipOptions</c> (same names where they exist).</remarks>
public sealed class MembershipOptions
{
    /// <summary>How often each silo probes the silos it monitors.</summary>
    public TimeSpan ProbePeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a probe waits for its answer.</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Missed probes in a row after which the prober votes the silo suspect.</summary>
    public int NumMissedProbesLimit { get; set; } = 3;

    /// <summary>How many other silos each silo probes (its successors on the ring of silos).</summary>
    public int NumProbedSilos { get; set; } = 3;

    /// <summary>Fresh suspicion votes needed to declare a silo dead (capped by the number of other active silos).</summary>
    public int NumVotesForDeathDeclaration { get; set; } = 2;

    /// <summary>Votes older than this no longer count.</summary>
    public TimeSpan DeathVoteExpirationTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>How often a silo writes its IAmAlive time.</summary>
    public TimeSpan IAmAlivePeriod { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A silo whose IAmAlive time is older than this many periods is voted suspect by silos reading the table
    /// (catches silos nobody can probe). Zero disables the check.
    /// </summary>
    public int NumMissedTableIAmAliveLimit { get; set; } = 3;

    /// <summary>How often silos and clients re-read the whole table.</summary>
    public TimeSpan TableRefreshPeriod { get; set; } = TimeSpan.FromSeconds(5);
}
