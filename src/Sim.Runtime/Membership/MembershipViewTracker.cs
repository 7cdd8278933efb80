using Microsoft.Extensions.Logging;

namespace Sim.Runtime.Membership;

/// <summary>
/// Keeps an endpoint's view of the membership table fresh (periodic reads, and on demand after gossip) and reports
/// silos newly seen dead, so the endpoint can clean the directory and fail calls waiting on them.
/// </summary>
internal sealed partial class MembershipViewTracker : IDisposable
{
    private readonly IMembershipTable _table;
    private readonly MembershipOptions _options;
    private readonly int _virtualNodes;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private ClusterMembershipView _view = ClusterMembershipView.Empty;
    private ITimer? _timer;

    public MembershipViewTracker(IMembershipTable table, MembershipOptions options, int virtualNodes, TimeProvider time, ILogger logger)
    {
        _table = table;
        _options = options;
        _virtualNodes = virtualNodes;
        _time = time;
        _logger = logger;
    }

    /// <summary>Raised (on the refreshing thread) with silos that became dead since the previous view.</summary>
    public event Action<IReadOnlyList<SiloAddress>>? SilosDied;

    /// <summary>Raised after every view change.</summary>
    public event Action<ClusterMembershipView>? ViewChanged;

    public ClusterMembershipView View => Volatile.Read(ref _view);

    public void StartPeriodicRefresh()
    {
        var period = _options.TableRefreshPeriod;
        _timer = _time.CreateTimer(static s => _ = ((MembershipViewTracker)s!).RefreshQuietlyAsync(), this, period, period);
    }

    public void Dispose()
    {
        _timer?.Dispose();
        _timer = null;
    }

    /// <summary>Reads the table and publishes the new view; returns the table snapshot.</summary>
    public async Task<MembershipTableData> RefreshAsync()
    {
        await _refreshGate.WaitAsync();
        try
        {
            var data = await _table.ReadAll();
            Publish(data);
            return data;
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    public async Task RefreshQuietlyAsync()
    {
        try
        {
            await RefreshAsync();
        }
        catch (Exception e)
        {
            LogRefreshFailed(_logger, e);
        }
    }

    private void Publish(MembershipTableData data)
    {
        var old = View;
        if (data.Version.Version == old.Version && old.Version >= 0)
        {
            return;
        }

        var next = ClusterMembershipView.Create(data, _virtualNodes);
        Volatile.Write(ref _view, next);
        var died = next.Statuses.Where(s => s.Value == SiloStatus.Dead && old.StatusOf(s.Key) != SiloStatus.Dead).Select(s => s.Key).ToList();
        if (died.Count > 0)
        {
            SilosDied?.Invoke(died);
        }

        ViewChanged?.Invoke(next);
    }

    [LoggerMessage(EventId = 300, Level = LogLevel.Warning, Message = "Reading the membership table failed")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
