using Orleans;
using Orleans.Placement;
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
[PreferLocalPlacement]
internal sealed class RunGrain(RunContextCache runs) : Grain, IRunGrain
{
    private RunContext? _run;
    private IRegionGrain[] _regions = [];
    private RegionMonthIndicators[] _lastRows = [];
    private YearMonth _next;
    private long _personMonths;

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

        var run = runs.Get(spec);
        var model = run.Model;
        _regions = Enumerable.Range(0, model.RegionCount)
            .Select(i => GrainFactory.GetGrain<IRegionGrain>(RegionKey.Format(spec.RunId, i)))
            .ToArray();
        _lastRows = await Task.WhenAll(_regions.Select(r => r.InitAsync(spec)));
        _next = model.Start;
        _run = run;
        return new RunStarted(model.Start.Index, model.End.Index, [.. model.Regions.Select(r => r.Code)], _lastRows);
    }

    public async Task<MonthReport> AdvanceMonthAsync()
    {
        var run = Run;
        if (_next > run.Model.End)
        {
            throw new InvalidOperationException($"run {run.Spec.RunId} is finished");
        }

        var month = _next;
        var last = _lastRows;
        await Task.WhenAll(_regions.Select(r => r.AdvanceAsync(month.Index, last)));
        var settlements = await Task.WhenAll(_regions.Select(r => r.SettleAsync(month.Index)));
        var rows = new RegionMonthIndicators[settlements.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = settlements[i].Row;
            if (rows[i].RegionIndex != i)
            {
                throw new InvalidOperationException($"region grain {i} answered with the row of region {rows[i].RegionIndex}");
            }

            _personMonths += rows[i].PopulationStart;
        }

        _lastRows = rows;
        _next = month.AddMonths(1);
        return new MonthReport(month.Index, settlements, _next > run.Model.End);
    }

    public async Task<RunCompleted> CompleteAsync()
    {
        var run = Run;
        if (_next <= run.Model.End)
        {
            throw new InvalidOperationException($"run {run.Spec.RunId} has months left to simulate ({_next} to {run.Model.End})");
        }

        var timings = await Task.WhenAll(_regions.Select(r => r.CompleteAsync()));
        runs.Remove(run.Spec.RunId);
        return new RunCompleted(RegionTimings.Sum(timings), _personMonths);
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
