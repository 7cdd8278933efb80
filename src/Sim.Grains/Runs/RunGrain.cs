using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Placement;
using Orleans.Runtime;
using Sim.Grains.Checkpoints;
using Sim.Grains.Regions;
using Sim.Model;
using Sim.Model.Engine;

namespace Sim.Grains.Runs;

/// <summary>
/// The clock of a run. A month is bulk synchronous: every region advances (shipping its movers to their
/// destinations as it finishes), then — once all have — every region settles (appends its movers in canonical
/// order, gathers its outputs) and returns its settlement; next month's processes read the aggregate of the rows.
/// The run's files are written by its driver, from the settlements this grain returns.
/// </summary>
/// <remarks>
/// With checkpoints (<see cref="RunSpec.CheckpointMonths"/>), a month that fails — a region's silo died, so its
/// grain came back empty — is retried: every region is brought back to the last month all of them checkpointed,
/// the months since are replayed (the model is deterministic, so they come out the same and their settlements,
/// already with the driver, are dropped), and the month runs again. A fresh activation of this grain (its own silo
/// died) resumes the same way from its stored <see cref="RunCheckpoint"/>.
/// A started run watches its driver (<see cref="RunWatchdogOptions"/>): silent for longer than the timeout, the
/// driver is taken for dead and the run aborts itself.
/// </remarks>
[PreferLocalPlacement]
internal sealed partial class RunGrain(
    RunContextCache runs,
    ILogger<RunGrain> logger,
    IOptions<RunWatchdogOptions> watchdog,
    [PersistentState("run", CheckpointStorage.ProviderName)] IPersistentState<RunCheckpoint> checkpoint)
    : Grain, IRunGrain
{
    private const int MaxRecoveries = 3;
    private RunContext? _run;
    private IRegionGrain[] _regions = [];
    private RegionMonthIndicators[] _lastRows = [];
    private YearMonth _next;
    private long _personMonths;
    private long _attachedPersonMonths;
    private long _attachedAt;
    private long _lastDriverCall;
    private IGrainTimer? _watchdog;

    public async Task<RunStarted> StartAsync(RunSpec spec)
    {
        _lastDriverCall = Stopwatch.GetTimestamp();
        if (_run is not null || checkpoint.RecordExists)
        {
            throw new InvalidOperationException($"run {this.GetPrimaryKeyString()} has already started");
        }

        if (spec.RunId != this.GetPrimaryKeyString())
        {
            throw new ArgumentException($"spec of run '{spec.RunId}' sent to run grain '{this.GetPrimaryKeyString()}'", nameof(spec));
        }

        var run = Attach(spec);
        _lastRows = await Task.WhenAll(_regions.Select(r => r.InitAsync(spec)));
        _next = run.Model.Start;
        if (spec.CheckpointMonths > 0)
        {
            checkpoint.State = new RunCheckpoint(spec, run.Model.Start.Index - 1, 0);
            await checkpoint.WriteStateAsync();
        }

        return new RunStarted(run.Model.Start.Index, run.Model.End.Index, [.. run.Model.Regions.Select(r => r.Code)], _lastRows);
    }

    public async Task<MonthReport> AdvanceMonthAsync(int monthIndex)
    {
        _lastDriverCall = Stopwatch.GetTimestamp();
        if (_run is null)
        {
            await ResumeAsync(monthIndex);
        }

        var run = _run!;
        if (monthIndex != _next.Index || _next > run.Model.End)
        {
            throw new InvalidOperationException(
                $"run {run.Spec.RunId}: month {YearMonth.FromIndex(monthIndex)} asked for, the next month is {_next} (the run ends {run.Model.End})");
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var report = await SimulateAsync(_next);
                _lastDriverCall = Stopwatch.GetTimestamp();
                return report;
            }
            catch (Exception e) when (run.Spec.CheckpointMonths > 0 && attempt <= MaxRecoveries)
            {
                LogMonthFailed(logger, run.Spec.RunId, _next.ToString(), attempt, e);
                await RecoverWithRetriesAsync(monthIndex);
            }
        }
    }

    public async Task<RunCompleted> CompleteAsync()
    {
        _lastDriverCall = Stopwatch.GetTimestamp();
        if (_run is null)
        {
            await ResumeAsync(int.MaxValue);
        }

        var run = _run!;
        if (_next <= run.Model.End)
        {
            throw new InvalidOperationException($"run {run.Spec.RunId} has months left to simulate ({_next} to {run.Model.End})");
        }

        var timings = await Task.WhenAll(_regions.Select(r => r.CompleteAsync()));
        await ForgetAsync();
        this.DeactivateOnIdle();
        return new RunCompleted(RegionTimings.Sum(timings), _personMonths);
    }

    public async Task AbortAsync()
    {
        await Task.WhenAll(_regions.Select(r => r.AbortAsync()));
        await ForgetAsync();
        this.DeactivateOnIdle();
    }

    public Task<RunStatus> GetStatusAsync()
    {
        if (_run is not { } run)
        {
            return Task.FromResult(new RunStatus(_regions.Length, _next.Index, false));
        }

        var seconds = Stopwatch.GetElapsedTime(_attachedAt).TotalSeconds;
        var rate = seconds > 0 ? (_personMonths - _attachedPersonMonths) / seconds : 0;
        return Task.FromResult(new RunStatus(_regions.Length, _next.Index, true)
        {
            StartMonthIndex = run.Model.Start.Index,
            EndMonthIndex = run.Model.End.Index,
            PersonMonths = _personMonths,
            PersonMonthsPerSecond = rate,
        });
    }

    private RunContext Attach(RunSpec spec)
    {
        var run = runs.Get(spec);
        _regions = [.. Enumerable.Range(0, run.Model.RegionCount).Select(i => GrainFactory.GetGrain<IRegionGrain>(RegionKey.Format(spec.RunId, i)))];
        _run = run;
        _attachedAt = Stopwatch.GetTimestamp();
        _lastDriverCall = _attachedAt;
        var period = watchdog.Value.CheckPeriod;
        _watchdog ??= this.RegisterGrainTimer(WatchDriverAsync, new GrainTimerCreationOptions(period, period) { KeepAlive = true });
        return run;
    }

    /// <summary>The watchdog's tick (never during a call: the timer does not interleave): aborts a run whose driver went silent.</summary>
    private async Task WatchDriverAsync(CancellationToken cancellationToken)
    {
        var timeout = watchdog.Value.DriverTimeout;
        if (_run is not { } run || Stopwatch.GetElapsedTime(_lastDriverCall) <= timeout)
        {
            return;
        }

        LogDriverSilent(logger, run.Spec.RunId, timeout.TotalSeconds, _next.ToString());
        await AbortAsync();
    }

    private async Task<MonthReport> SimulateAsync(YearMonth month)
    {
        var run = _run!;
        var last = _lastRows;
        await Task.WhenAll(_regions.Select(r => r.AdvanceAsync(month.Index, last)));
        var settlements = await Task.WhenAll(_regions.Select(r => r.SettleAsync(month.Index)));
        var rows = new RegionMonthIndicators[settlements.Length];
        var personMonths = _personMonths;
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = settlements[i].Row;
            if (rows[i].RegionIndex != i)
            {
                throw new InvalidOperationException($"region grain {i} answered with the row of region {rows[i].RegionIndex}");
            }

            personMonths += rows[i].PopulationStart;
        }

        _lastRows = rows;
        _personMonths = personMonths;
        _next = month.AddMonths(1);
        if (run.Spec.ChecksAt(run.Model.Start.Index, month.Index))
        {
            // Every region has stored this month (they did so before settling), so the run can come back to it.
            checkpoint.State = new RunCheckpoint(run.Spec, month.Index, personMonths);
            await checkpoint.WriteStateAsync();
        }

        return new MonthReport(month.Index, settlements, _next > run.Model.End);
    }

    /// <summary>A fresh activation of a started run: back to its last checkpoint, then replay to <paramref name="nextMonthIndex"/>.</summary>
    private async Task ResumeAsync(int nextMonthIndex)
    {
        if (!checkpoint.RecordExists || checkpoint.State is null)
        {
            throw new InvalidOperationException($"run {this.GetPrimaryKeyString()} has not started (or its silo stopped and it kept no checkpoint)");
        }

        var run = Attach(checkpoint.State.Spec);
        _attachedPersonMonths = checkpoint.State.PersonMonths;
        LogResuming(logger, run.Spec.RunId, YearMonth.FromIndex(checkpoint.State.MonthIndex).ToString());
        try
        {
            await RecoverWithRetriesAsync(Math.Min(nextMonthIndex, run.Model.End.Index + 1));
        }
        catch
        {
            // Half resumed (a region's silo was still going away): the driver's retry must resume again, not carry on.
            _run = null;
            throw;
        }
    }

    /// <summary>
    /// <see cref="RecoverAsync"/>, asked again after a pause when it fails: a silo stopping gracefully may still
    /// take a restored region and then deactivate it on its way out, so the replay finds that region empty. The
    /// pause (1 s, 2 s, ...) lets the stopping silo leave the cluster before the regions are restored again.
    /// </summary>
    private async Task RecoverWithRetriesAsync(int nextMonthIndex)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await RecoverAsync(nextMonthIndex);
                return;
            }
            catch (Exception e) when (attempt < MaxRecoveries)
            {
                LogRecoveryFailed(logger, _run!.Spec.RunId, attempt, e);
                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
        }
    }

    /// <summary>Brings every region back to the last checkpoint and replays the months before <paramref name="nextMonthIndex"/>.</summary>
    private async Task RecoverAsync(int nextMonthIndex)
    {
        var run = _run!;
        var stored = checkpoint.State!;
        _lastRows = await Task.WhenAll(_regions.Select(r => r.RestoreAsync(run.Spec, stored.MonthIndex)));
        _personMonths = stored.PersonMonths;
        _next = YearMonth.FromIndex(stored.MonthIndex + 1);
        while (_next.Index < nextMonthIndex)
        {
            await SimulateAsync(_next);
        }
    }

    private async Task ForgetAsync()
    {
        if (_run is not null)
        {
            runs.Remove(_run.Spec.RunId);
        }

        _run = null;
        _watchdog?.Dispose();
        _watchdog = null;
        if (checkpoint.RecordExists)
        {
            await checkpoint.ClearStateAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "run {RunId}: month {Month} failed (attempt {Attempt}); resuming from the last checkpoint")]
    private static partial void LogMonthFailed(ILogger logger, string runId, string month, int attempt, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "run {RunId}: going back to the last checkpoint failed (attempt {Attempt}); trying again after a pause")]
    private static partial void LogRecoveryFailed(ILogger logger, string runId, int attempt, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "run {RunId}: no call from its driver for {Seconds} s (next month {Month}); the driver is taken for dead and the run aborted: regions dropped, checkpoints cleared")]
    private static partial void LogDriverSilent(ILogger logger, string runId, double seconds, string month);

    [LoggerMessage(Level = LogLevel.Warning, Message = "run {RunId}: the run grain was activated afresh; resuming from the checkpoint of {Month}")]
    private static partial void LogResuming(ILogger logger, string runId, string month);
}
