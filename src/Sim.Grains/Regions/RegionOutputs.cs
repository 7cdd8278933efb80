using Sim.Output.Parts;
using Sim.Grains.Runs;
using Sim.Grains.Serialization;
using Sim.Model;
using Sim.Model.Engine;
using Sim.Model.Population;

namespace Sim.Grains.Regions;

/// <summary>
/// What one region contributes to the run's files each month: its flow rows, the events its log gained (when the
/// scenario asks for them) and, at the end of December of a snapshot year, its person snapshot encoded as a Parquet
/// file straight from the columns (encoding stays with the region, in parallel across silos). The driver writes them
/// (the snapshot after taking it from the region grain, while the next months run).
/// </summary>
internal sealed class RegionOutputs
{
    private readonly RunContext _run;
    private readonly RegionSimulation _region;
    private readonly HashSet<int> _snapshotYears;
    private readonly bool _events;
    private byte[] _flows = [];
    private long _eventsSeen;

    public RegionOutputs(RunContext run, RegionSimulation region)
    {
        _run = run;
        _region = region;
        _snapshotYears = [.. run.Scenario.Outputs.SnapshotYears];
        _events = run.Scenario.Outputs.Events;

        // Events logged while synthesising the start population are not part of any simulated month.
        _eventsSeen = region.Events.Written;
    }

    /// <summary>Keeps the month's flow rows (those with movers) until the month settles.</summary>
    public void AddFlows(IReadOnlyList<FlowRow> flows) =>
        _flows = UnmanagedBlock.Pack<FlowRow>([.. flows.Where(f => f.Count > 0)]);

    /// <summary>
    /// The month's settlement: the final row and the outputs gathered since the last one; at the end of a snapshot
    /// year also the person snapshot, encoded (<paramref name="snapshot"/>, else null), which the settlement only announces.
    /// </summary>
    public RegionSettlement Settle(YearMonth month, in RegionMonthIndicators row, out SnapshotFile? snapshot)
    {
        var events = Array.Empty<byte>();
        if (_events)
        {
            var log = _region.Events;
            var fresh = new PersonEvent[Math.Max(0, log.Written - Math.Max(_eventsSeen, log.Oldest))];
            for (var k = 0; k < fresh.Length; k++)
            {
                fresh[k] = log.Get(log.Written - fresh.Length + k);
            }

            _eventsSeen = log.Written;
            events = UnmanagedBlock.Pack<PersonEvent>(fresh);
        }

        snapshot = null;
        if (month.Month == 12 && _snapshotYears.Contains(month.Year))
        {
            using var buffer = new ChunkedWriteStream();
            var info = PersonSnapshotPart.Write(buffer, _run.Tags, _run.Compression, _region.Region, month, _run.Model.Weight, _region.People);
            snapshot = new SnapshotFile(info.Path, info.Rows, buffer.ToChunks());
        }

        var settlement = new RegionSettlement(row, _flows, events, snapshot is not null);
        _flows = [];
        return settlement;
    }
}
