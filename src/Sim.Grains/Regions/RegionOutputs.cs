using Sim.Grains.Output.Parts;
using Sim.Grains.Runs;
using Sim.Model;
using Sim.Model.Engine;
using Sim.Model.Population;

namespace Sim.Grains.Regions;

/// <summary>
/// The part files of one region: its <c>region_month</c> and <c>flows</c> rows (written when the run completes),
/// its event log (streamed month by month when the scenario asks for it) and its person snapshots (written at the
/// end of December of each snapshot year, straight from the columns).
/// </summary>
internal sealed class RegionOutputs : IDisposable
{
    private readonly RunContext _run;
    private readonly RegionSimulation _region;
    private readonly RegionMonthPart _regionMonth;
    private readonly FlowPart _flows;
    private readonly EventPart? _events;
    private readonly List<OutputFileInfo> _written = [];
    private readonly List<PersonEvent> _eventBuffer = [];
    private readonly HashSet<int> _snapshotYears;
    private long _eventsSeen;

    public RegionOutputs(RunContext run, RegionSimulation region)
    {
        _run = run;
        _region = region;
        var root = run.Output ?? throw new InvalidOperationException("the run writes no outputs");
        _regionMonth = new RegionMonthPart(region.Region);
        _flows = new FlowPart(run.Model.Regions, region.RegionIndex, run.Model.Weight);
        _snapshotYears = [.. run.Scenario.Outputs.SnapshotYears];
        if (run.Scenario.Outputs.Events)
        {
            _events = new EventPart(root, run.Tags, run.Model.Regions, region.RegionIndex);
        }

        // Events logged while synthesising the start population are not part of any simulated month.
        _eventsSeen = region.Events.Written;
    }

    public void AddFlows(YearMonth month, IEnumerable<FlowRow> flows) => _flows.Add(month, flows);

    public void AfterMonth(YearMonth month, in RegionMonthIndicators row)
    {
        _regionMonth.Add(row);
        if (_events is not null)
        {
            var log = _region.Events;
            _eventBuffer.Clear();
            for (var s = Math.Max(_eventsSeen, log.Oldest); s < log.Written; s++)
            {
                _eventBuffer.Add(log.Get(s));
            }

            _eventsSeen = log.Written;
            _events.Append(_eventBuffer);
        }

        if (month.Month == 12 && _snapshotYears.Contains(month.Year))
        {
            _written.Add(PersonSnapshotPart.Write(_run.Output!, _run.Tags, _region.Region, month, _run.Model.Weight, _region.People));
        }
    }

    public OutputFileInfo[] Complete()
    {
        var root = _run.Output!;
        _written.Add(_regionMonth.Write(root, _run.Tags));
        _written.Add(_flows.Write(root, _run.Tags));
        if (_events is not null)
        {
            _written.Add(_events.Complete());
        }

        return [.. _written.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    public void Dispose() => _events?.Dispose();
}
