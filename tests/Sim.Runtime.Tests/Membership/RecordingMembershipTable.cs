using System.Collections.Concurrent;

namespace Sim.Runtime.Tests.Membership;

/// <summary>An in-memory table that records every successful row write (silo, status, votes) in order.</summary>
public sealed class RecordingMembershipTable : IMembershipTable
{
    private readonly InMemoryMembershipTable _inner = new();

    public ConcurrentQueue<(SiloAddress Silo, SiloStatus Status, int Votes)> Writes { get; } = new();

    public IEnumerable<SiloStatus> StatusesOf(SiloAddress silo) =>
        Writes.Where(w => w.Silo.Equals(silo)).Select(w => w.Status).Distinct();

    public Task InitializeMembershipTable(bool tryInitTableVersion) => _inner.InitializeMembershipTable(tryInitTableVersion);

    public Task DeleteMembershipTableEntries(string clusterId) => _inner.DeleteMembershipTableEntries(clusterId);

    public Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate) => _inner.CleanupDefunctSiloEntries(beforeDate);

    public Task<MembershipTableData> ReadRow(SiloAddress key) => _inner.ReadRow(key);

    public Task<MembershipTableData> ReadAll() => _inner.ReadAll();

    public async Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion)
    {
        var ok = await _inner.InsertRow(entry, tableVersion);
        if (ok)
        {
            Writes.Enqueue((entry.SiloAddress, entry.Status, entry.SuspectTimes.Count));
        }

        return ok;
    }

    public async Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion)
    {
        var ok = await _inner.UpdateRow(entry, etag, tableVersion);
        if (ok)
        {
            Writes.Enqueue((entry.SiloAddress, entry.Status, entry.SuspectTimes.Count));
        }

        return ok;
    }

    public Task UpdateIAmAlive(MembershipEntry entry) => _inner.UpdateIAmAlive(entry);
}
