using System.Diagnostics;
using Orleans;
using Orleans.Placement;
using Sim.Grains.Output;
using Sim.Grains.Output.Parts;
using Sim.Grains.Regions;
using Sim.Model;
using Sim.Model.Engine;

namespace Sim.Grains.Runs;

/// <summary>
/// The clock of a run. A month is bulk synchronous: every region advances (shipping its movers to their
/// destinations as it finishes), then — once all have — every region settles (appends its movers in canonical
/// order, writes its outputs) and returns its final row; next month's processes read the aggregate of those rows.
/// </summary>
[PreferLocalPlacement]
internal sealed class RunGrain(RunContextCache runs) : Grain, IRunGrain
{
    private RunContext? _run;
    private IRegionGrain[] _regions = [];
    private RegionMonthIndicators[] _lastRows = [];
    private YearMonth _next;
    private long _personMonths;
    private TimeSpan _startTime;
    private TimeSpan _simulateTime;

    public async Task<RunStarted> StartAsync(RunSpec spec)
    {
        if (_run is not null)
        {
            throw new InvalidOperationException($"run {this.GetPrimaryKeyString()} has already started");
        }

        if (spec.RunId != this.GetPrimaryKeyString())
        {
            throw new ArgumentException($"spec of run '{spec.RunId}' sent to run grain '{this.GetPrimaryKeyString()}'", nameof(spec));
        }

        var clock = Stopwatch.StartNew();
        var run = runs.Get(spec);
        var model = run.Model;
        _regions = Enumerable.Range(0, model.RegionCount)
            .Select(i => GrainFactory.GetGrain<IRegionGrain>(RegionKey.Format(spec.RunId, i)))
            .ToArray();
        _lastRows = await Task.WhenAll(_regions.Select(r => r.InitAsync(spec)));
        _next = model.Start;
        _run = run;
        _startTime = clock.Elapsed;
        return new RunStarted(model.Start.Index, model.End.Index, [.. model.Regions.Select(r => r.Code)], _lastRows);
    }

    public async Task<MonthReport> AdvanceMonthAsync()
    {
        var run = Run;
        if (_next > run.Model.End)
        {
            throw new InvalidOperationException($"run {run.Spec.RunId} is finished");
        }

        var clock = Stopwatch.StartNew();
        var month = _next;
        var last = _lastRows;
        await Task.WhenAll(_regions.Select(r => r.AdvanceAsync(month.Index, last)));
        var rows = await Task.WhenAll(_regions.Select(r => r.SettleAsync(month.Index)));
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i].RegionIndex != i)
            {
                throw new InvalidOperationException($"region grain {i} answered with the row of region {rows[i].RegionIndex}");
            }

            _personMonths += rows[i].PopulationStart;
        }

        _lastRows = rows;
        _next = month.AddMonths(1);
        _simulateTime += clock.Elapsed;
        return new MonthReport(month.Index, rows, _next > run.Model.End);
    }

    public async Task<RunCompleted> CompleteAsync()
    {
        var run = Run;
        if (_next <= run.Model.End)
        {
            throw new InvalidOperationException($"run {run.Spec.RunId} has months left to simulate ({_next} to {run.Model.End})");
        }

        var clock = Stopwatch.StartNew();
        var perRegion = await Task.WhenAll(_regions.Select(r => r.CompleteAsync()));
        var files = perRegion.SelectMany(c => c.Files).OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
        var regionTimings = new RegionTimings(
            perRegion.Sum(c => c.Timings.Synthesis), perRegion.Sum(c => c.Timings.Advance),
            perRegion.Sum(c => c.Timings.Receive), perRegion.Sum(c => c.Timings.Output));
        if (run.Output is { } root)
        {
            var timings = new RunTimings(_startTime, _simulateTime, clock.Elapsed) { Regions = regionTimings };
            RunManifest.Write(root, run.Spec.RunId, run.Scenario, _regions.Length, _personMonths, files, timings);
        }

        runs.Remove(run.Spec.RunId);
        return new RunCompleted(files, regionTimings);
    }

    public async Task AbortAsync()
    {
        await Task.WhenAll(_regions.Select(r => r.AbortAsync()));
        if (_run is not null)
        {
            runs.Remove(_run.Spec.RunId);
        }

        _run = null;
        this.DeactivateOnIdle();
    }

    public Task<RunStatus> GetStatusAsync() =>
        Task.FromResult(new RunStatus(_regions.Length, _next.Index, _run is not null));

    private RunContext Run => _run ?? throw new InvalidOperationException($"run {this.GetPrimaryKeyString()} has not started");
}
