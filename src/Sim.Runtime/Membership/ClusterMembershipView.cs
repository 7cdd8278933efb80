using Sim.Runtime.Placement;

namespace Sim.Runtime.Membership;

/// <summary>An immutable snapshot of the membership table as one endpoint last read it, with the placement ring of its active silos.</summary>
internal sealed class ClusterMembershipView
{
    private ClusterMembershipView(int version, IReadOnlyDictionary<SiloAddress, SiloStatus> statuses, ConsistentRing ring)
    {
        Version = version;
        Statuses = statuses;
        Ring = ring;
    }

    public static ClusterMembershipView Empty { get; } = new(-1, new Dictionary<SiloAddress, SiloStatus>(), ConsistentRing.Empty);

    /// <summary>The table version this view was read at.</summary>
    public int Version { get; }

    public IReadOnlyDictionary<SiloAddress, SiloStatus> Statuses { get; }

    /// <summary>The ring of <see cref="SiloStatus.Active"/> silos.</summary>
    public ConsistentRing Ring { get; }

    public static ClusterMembershipView Create(MembershipTableData data, int virtualNodes)
    {
        var statuses = data.Members.ToDictionary(m => m.Entry.SiloAddress, m => m.Entry.Status);
        var ring = ConsistentRing.Create(statuses.Where(s => s.Value == SiloStatus.Active).Select(s => s.Key), virtualNodes);
        return new ClusterMembershipView(data.Version.Version, statuses, ring);
    }

    public SiloStatus StatusOf(SiloAddress silo) => Statuses.GetValueOrDefault(silo, SiloStatus.None);

    public bool IsDead(SiloAddress silo) => StatusOf(silo) == SiloStatus.Dead;
}
