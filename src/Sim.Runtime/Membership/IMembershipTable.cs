namespace Sim.Runtime;

/// <summary>
/// The membership table: the rendezvous point where silos register, and the agreed view of who is alive. Writes are
/// conditional on the row etag and the table version (optimistic concurrency), as in Orleans, so an implementation on
/// SQLite or PostgreSQL needs only a transaction per call.
/// </summary>
/// <remarks>Orleans counterpart: <c>Orleans.IMembershipTable</c> (same methods).</remarks>
public interface IMembershipTable
{
    /// <summary>Creates the table (and its version row) if needed.</summary>
    /// <param name="tryInitTableVersion">Whether to create the version row.</param>
    Task InitializeMembershipTable(bool tryInitTableVersion);

    /// <summary>Deletes every row of the cluster.</summary>
    /// <param name="clusterId">The cluster id.</param>
    Task DeleteMembershipTableEntries(string clusterId);

    /// <summary>Deletes dead rows whose last heartbeat is older than <paramref name="beforeDate"/>.</summary>
    /// <param name="beforeDate">The cut-off.</param>
    Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate);

    /// <summary>Reads one row and the table version atomically.</summary>
    /// <param name="key">The silo.</param>
    Task<MembershipTableData> ReadRow(SiloAddress key);

    /// <summary>Reads all rows and the table version atomically.</summary>
    Task<MembershipTableData> ReadAll();

    /// <summary>
    /// Inserts a row and sets the table version, atomically; fails (returns false) if the row exists or the version's
    /// etag is not the table's current one.
    /// </summary>
    /// <param name="entry">The new row.</param>
    /// <param name="tableVersion">The next table version (current number + 1 with the current etag).</param>
    Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion);

    /// <summary>
    /// Replaces a row and sets the table version, atomically; fails (returns false) if the row's etag or the version's
    /// etag does not match.
    /// </summary>
    /// <param name="entry">The new content of the row.</param>
    /// <param name="etag">The row's etag as read.</param>
    /// <param name="tableVersion">The next table version.</param>
    Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion);

    /// <summary>Writes only the row's IAmAlive time, unconditionally and without changing the table version.</summary>
    /// <param name="entry">The row carrying the new time.</param>
    Task UpdateIAmAlive(MembershipEntry entry);
}
