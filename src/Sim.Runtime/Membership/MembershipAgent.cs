using Microsoft.Extensions.Logging;
using Sim.Runtime.Messaging;

namespace Sim.Runtime.Membership;

/// <summary>
/// A silo's part in the membership protocol: writes its own row (Joining, Active, ShuttingDown, Dead) and IAmAlive
/// time; probes its successors among the live silos every probe period; after enough missed probes votes the silo
/// suspect in its row, declaring it dead when the votes suffice; gossips every change it writes; and stops its own
/// silo if it ever reads itself declared dead.
/// </summary>
internal sealed partial class MembershipAgent : IDisposable
{
    private readonly SiloAddress _local;
    private readonly string _siloName;
    private readonly IMembershipTable _table;
    private readonly MembershipOptions _options;
    private readonly MembershipViewTracker _tracker;
    private readonly MessageCenter _messaging;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Dictionary<SiloAddress, int> _missedProbes = [];
    private readonly CancellationTokenSource _stopping = new();
    private DateTimeOffset _startTime;
    private ITimer? _probeTimer;
    private ITimer? _aliveTimer;
    private int _probing;

    public MembershipAgent(SiloAddress local, string siloName, IMembershipTable table, MembershipOptions options, MembershipViewTracker tracker, MessageCenter messaging, TimeProvider time, ILogger logger)
    {
        _local = local;
        _siloName = siloName;
        _table = table;
        _options = options;
        _tracker = tracker;
        _messaging = messaging;
        _time = time;
        _logger = logger;
        messaging.GossipReceived += () => _ = _tracker.RefreshQuietlyAsync();
    }

    public MembershipViewTracker Tracker => _tracker;

    /// <summary>Joins the cluster: a Joining row, then Active; starts probing, heartbeats and table refreshes.</summary>
    public async Task JoinAsync()
    {
        await _table.InitializeMembershipTable(true);
        _startTime = _time.GetUtcNow();
        await WriteOwnStatusAsync(SiloStatus.Joining);
        await WriteOwnStatusAsync(SiloStatus.Active);
        _probeTimer = _time.CreateTimer(static s => ((MembershipAgent)s!).OnProbeTimer(), this, _options.ProbePeriod, _options.ProbePeriod);
        _aliveTimer = _time.CreateTimer(static s => _ = ((MembershipAgent)s!).OnAliveTimerAsync(), this, _options.IAmAlivePeriod, _options.IAmAlivePeriod);
        _tracker.StartPeriodicRefresh();
    }

    /// <summary>Writes a new status for this silo, refreshes the view and gossips.</summary>
    public async Task UpdateStatusAsync(SiloStatus status)
    {
        await WriteOwnStatusAsync(status);
    }

    /// <summary>Stops all timers (abrupt stop, or after the final status write).</summary>
    public void Stop()
    {
        if (!_stopping.IsCancellationRequested)
        {
            _stopping.Cancel();
        }

        _probeTimer?.Dispose();
        _aliveTimer?.Dispose();
        _tracker.Dispose();
    }

    public void Dispose()
    {
        Stop();
        _stopping.Dispose();
    }

    /// <summary>One probe round (also called directly by tests that drive time by hand).</summary>
    public async Task ProbeOnceAsync()
    {
        var targets = MonitoredSilos(_tracker.View);
        var results = await Task.WhenAll(targets.Select(t => _messaging.PingAsync(t, _options.ProbeTimeout, _stopping.Token)));
        var suspects = new List<SiloAddress>();
        lock (_missedProbes)
        {
            foreach (var stale in _missedProbes.Keys.Except(targets).ToList())
            {
                _missedProbes.Remove(stale);
            }

            for (var i = 0; i < targets.Count; i++)
            {
                var missed = results[i] ? 0 : _missedProbes.GetValueOrDefault(targets[i]) + 1;
                _missedProbes[targets[i]] = missed;
                if (missed >= _options.NumMissedProbesLimit)
                {
                    suspects.Add(targets[i]);
                }
            }
        }

        foreach (var suspect in suspects)
        {
            LogMissedProbes(_logger, _local, suspect, _options.NumMissedProbesLimit);
            await TrySuspectOrKillAsync(suspect);
        }
    }

    /// <summary>
    /// Votes <paramref name="target"/> suspect; declares it dead when this vote brings the fresh votes to the number
    /// required (at most <see cref="MembershipOptions.NumVotesForDeathDeclaration"/>, at least one, never more than
    /// the other active silos). Optimistic concurrency: re-reads and retries when another writer got there first.
    /// </summary>
    public async Task<bool> TrySuspectOrKillAsync(SiloAddress target)
    {
        for (var attempt = 0; attempt < 10 && !_stopping.IsCancellationRequested; attempt++)
        {
            var data = await _table.ReadAll();
            if (data.TryGet(target) is not { } row || row.Entry.Status == SiloStatus.Dead)
            {
                return false;
            }

            var now = _time.GetUtcNow();
            var entry = row.Entry.Copy();
            entry.SuspectTimes.RemoveAll(v => v.Suspecter.Equals(_local) || now - v.Time > _options.DeathVoteExpirationTimeout);
            entry.SuspectTimes.Add(new SuspectVote(_local, now));
            var otherActive = data.Members.Count(m => m.Entry.Status == SiloStatus.Active && !m.Entry.SiloAddress.Equals(target));
            var required = Math.Max(1, Math.Min(_options.NumVotesForDeathDeclaration, otherActive));
            var declare = entry.SuspectTimes.Count >= required;
            if (declare)
            {
                entry.Status = SiloStatus.Dead;
            }

            if (await _table.UpdateRow(entry, row.ETag, data.Version.Next()))
            {
                if (declare)
                {
                    LogDeclaredDead(_logger, _local, target, entry.SuspectTimes.Count);
                }
                else
                {
                    LogSuspected(_logger, _local, target, entry.SuspectTimes.Count, required);
                }

                await AfterWriteAsync();
                return declare;
            }
        }

        return false;
    }

    private List<SiloAddress> MonitoredSilos(ClusterMembershipView view)
    {
        // Successors of this silo on a ring ordered by stable hash, so every live silo is watched by several others.
        var live = view.Statuses.Where(s => s.Value is SiloStatus.Active or SiloStatus.Joining or SiloStatus.ShuttingDown)
            .Select(s => s.Key).Append(_local).Distinct()
            .OrderBy(s => s.GetStableHash()).ThenBy(s => s.ToString(), StringComparer.Ordinal).ToList();
        var self = live.IndexOf(_local);
        var result = new List<SiloAddress>();
        for (var i = 1; i < live.Count && result.Count < _options.NumProbedSilos; i++)
        {
            result.Add(live[(self + i) % live.Count]);
        }

        return result;
    }

    private async Task WriteOwnStatusAsync(SiloStatus status)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var data = await _table.ReadAll();
            var now = _time.GetUtcNow();
            bool written;
            if (data.TryGet(_local) is { } row)
            {
                if (row.Entry.Status == SiloStatus.Dead)
                {
                    throw new InvalidOperationException($"Silo {_local} was declared dead; it cannot become {status}.");
                }

                var entry = row.Entry.Copy();
                entry.Status = status;
                entry.IAmAliveTime = now;
                written = await _table.UpdateRow(entry, row.ETag, data.Version.Next());
            }
            else
            {
                var entry = new MembershipEntry
                {
                    SiloAddress = _local,
                    Status = status,
                    SiloName = _siloName,
                    HostName = Environment.MachineName,
                    StartTime = _startTime,
                    IAmAliveTime = now,
                };
                written = await _table.InsertRow(entry, data.Version.Next());
            }

            if (written)
            {
                LogStatus(_logger, _siloName, _local, status);
                await AfterWriteAsync();
                return;
            }
        }

        throw new InvalidOperationException($"Silo {_local} could not write its status {status}: the membership table kept changing.");
    }

    private async Task AfterWriteAsync()
    {
        await _tracker.RefreshAsync();
        _messaging.Gossip(_tracker.View.Statuses.Where(s => s.Value != SiloStatus.Dead).Select(s => s.Key));
    }

    private async void OnProbeTimer()
    {
        if (Interlocked.Exchange(ref _probing, 1) == 1)
        {
            return;
        }

        try
        {
            await ProbeOnceAsync();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogProbeFailed(_logger, e);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
        finally
        {
            Volatile.Write(ref _probing, 0);
        }
    }

    private async Task OnAliveTimerAsync()
    {
        try
        {
            var now = _time.GetUtcNow();
            await _table.UpdateIAmAlive(new MembershipEntry { SiloAddress = _local, IAmAliveTime = now });
            if (_options.NumMissedTableIAmAliveLimit <= 0)
            {
                return;
            }

            var data = await _tracker.RefreshAsync();
            var limit = _options.IAmAlivePeriod * _options.NumMissedTableIAmAliveLimit;
            foreach (var (entry, _) in data.Members)
            {
                if (entry.Status == SiloStatus.Active && !entry.SiloAddress.Equals(_local) && now - entry.IAmAliveTime > limit)
                {
                    LogStaleHeartbeat(_logger, _local, entry.SiloAddress, entry.IAmAliveTime);
                    await TrySuspectOrKillAsync(entry.SiloAddress);
                }
            }
        }
        catch (Exception e)
        {
            LogProbeFailed(_logger, e);
        }
    }

    [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "Silo {SiloName} ({Silo}) is now {Status}")]
    private static partial void LogStatus(ILogger logger, string siloName, SiloAddress silo, SiloStatus status);

    [LoggerMessage(EventId = 401, Level = LogLevel.Warning, Message = "{Silo} missed {Count} probes of {Target} in a row")]
    private static partial void LogMissedProbes(ILogger logger, SiloAddress silo, SiloAddress target, int count);

    [LoggerMessage(EventId = 402, Level = LogLevel.Warning, Message = "{Silo} suspects {Target} ({Votes} of {Required} votes)")]
    private static partial void LogSuspected(ILogger logger, SiloAddress silo, SiloAddress target, int votes, int required);

    [LoggerMessage(EventId = 403, Level = LogLevel.Warning, Message = "{Silo} declared {Target} dead with {Votes} votes")]
    private static partial void LogDeclaredDead(ILogger logger, SiloAddress silo, SiloAddress target, int votes);

    [LoggerMessage(EventId = 404, Level = LogLevel.Warning, Message = "{Silo} sees no heartbeat from {Target} since {Since}")]
    private static partial void LogStaleHeartbeat(ILogger logger, SiloAddress silo, SiloAddress target, DateTimeOffset since);

    [LoggerMessage(EventId = 405, Level = LogLevel.Error, Message = "A membership round failed")]
    private static partial void LogProbeFailed(ILogger logger, Exception exception);
}
