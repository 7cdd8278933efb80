using System.Globalization;

namespace Sim.Runtime;

/// <summary>A membership table held in memory and shared by the silos of one process (tests, <c>sim run --silos N</c>).</summary>
public sealed class InMemoryMembershipTable : IMembershipTable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<SiloAddress, (MembershipEntry Entry, string ETag)> _rows = [];
    private TableVersion _version = new(0, "0");
    private long _etagCounter;

    /// <inheritdoc/>
    public Task InitializeMembershipTable(bool tryInitTableVersion) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task DeleteMembershipTableEntries(string clusterId)
    {
        lock (_gate)
        {
            _rows.Clear();
            _version = new TableVersion(_version.Version + 1, NewETag());
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate)
    {
        lock (_gate)
        {
            foreach (var (silo, row) in _rows.ToList())
            {
                if (row.Entry.Status == SiloStatus.Dead && row.Entry.IAmAliveTime < beforeDate)
                {
                    _rows.Remove(silo);
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<MembershipTableData> ReadRow(SiloAddress key)
    {
        lock (_gate)
        {
            IReadOnlyList<(MembershipEntry, string)> rows = _rows.TryGetValue(key, out var row) ? [(row.Entry.Copy(), row.ETag)] : [];
            return Task.FromResult(new MembershipTableData(rows, _version));
        }
    }

    /// <inheritdoc/>
    public Task<MembershipTableData> ReadAll()
    {
        lock (_gate)
        {
            var rows = _rows.Values.Select(r => (r.Entry.Copy(), r.ETag)).OrderBy(r => r.Item1.SiloAddress.ToString(), StringComparer.Ordinal).ToList();
            return Task.FromResult(new MembershipTableData(rows, _version));
        }
    }

    /// <inheritdoc/>
    public Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(tableVersion);
        lock (_gate)
        {
            if (!IsNextVersion(tableVersion) || _rows.ContainsKey(entry.SiloAddress))
            {
                return Task.FromResult(false);
            }

            _rows[entry.SiloAddress] = (entry.Copy(), NewETag());
            _version = new TableVersion(tableVersion.Version, NewETag());
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc/>
    public Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(tableVersion);
        lock (_gate)
        {
            if (!IsNextVersion(tableVersion) || !_rows.TryGetValue(entry.SiloAddress, out var row) || row.ETag != etag)
            {
                return Task.FromResult(false);
            }

            _rows[entry.SiloAddress] = (entry.Copy(), NewETag());
            _version = new TableVersion(tableVersion.Version, NewETag());
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc/>
    public Task UpdateIAmAlive(MembershipEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_gate)
        {
            if (_rows.TryGetValue(entry.SiloAddress, out var row))
            {
                row.Entry.IAmAliveTime = entry.IAmAliveTime;
            }
        }

        return Task.CompletedTask;
    }

    private bool IsNextVersion(TableVersion proposed) =>
        proposed.VersionEtag == _version.VersionEtag && proposed.Version > _version.Version;

    private string NewETag() => (++_etagCounter).ToString(CultureInfo.InvariantCulture);
}
