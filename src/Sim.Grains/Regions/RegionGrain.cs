using System.Diagnostics;
using Orleans;
using Orleans.Runtime;
using Sim.Grains.Checkpoints;
using Sim.Grains.Persons;
using Sim.Grains.Placement;
using Sim.Grains.Runs;
using Sim.Grains.Serialization;
using Sim.Model;
using Sim.Model.Engine;

namespace Sim.Grains.Regions;

/// <summary>
/// Hosts one <see cref="RegionSimulation"/>. The month's protocol is the model's (advance, route, receive in
/// canonical order); this grain only carries it across the runtime: shipments arrive through
/// <see cref="DeliverAsync"/> while other regions advance and are handed to the model together at
/// <see cref="SettleAsync"/>, which sorts them canonically, so arrival order never matters. Every
/// <see cref="RunSpec.CheckpointMonths"/> months it stores its state, from which <see cref="RestoreAsync"/> resumes.
/// </summary>
[RegionSpreadPlacement]
internal sealed class RegionGrain(
    RunContextCache runs,
    [PersistentState("region-a", CheckpointStorage.ProviderName)] IPersistentState<RegionCheckpointSlot> firstSlot,
    [PersistentState("region-b", CheckpointStorage.ProviderName)] IPersistentState<RegionCheckpointSlot> secondSlot,
    [PersistentState("region-snapshots", CheckpointStorage.ProviderName)] IPersistentState<HeldSnapshots> snapshots)
    : Grain, IRegionGrain
{
    private readonly RegionCheckpointStore _checkpoints = new(firstSlot, secondSlot);
    private readonly RegionSnapshotStore _snapshots = new(snapshots);
    private readonly List<MoverShipment> _inbox = [];
    private RunContext? _run;
    private RegionSimulation? _region;
    private RegionOutputs? _outputs;
    private TimeSpan _synthesis;
    private TimeSpan _advance;
    private TimeSpan _receive;
    private TimeSpan _output;

    public Task<RegionMonthIndicators> InitAsync(RunSpec spec)
    {
        if (_region is not null)
        {
            throw new InvalidOperationException($"region grain {this.GetPrimaryKeyString()} is already initialised");
        }

        return Task.FromResult(Start(spec, checkpoint: null));
    }

    public async Task<RegionMonthIndicators> RestoreAsync(RunSpec spec, int monthIndex)
    {
        var context = runs.Get(spec);
        if (monthIndex == context.Model.Start.Index - 1)
        {
            return Start(spec, checkpoint: null);
        }

        var slot = await _checkpoints.FindAsync(monthIndex)
            ?? throw new InvalidOperationException(
                $"region grain {this.GetPrimaryKeyString()} has no checkpoint of {YearMonth.FromIndex(monthIndex)} to resume from");
        return Start(spec, slot);
    }

    public async Task AdvanceAsync(int monthIndex, RegionMonthIndicators[] lastMonth)
    {
        var region = Region;
        await _checkpoints.AdvancingAsync(monthIndex);
        var clock = Stopwatch.StartNew();
        var result = region.Advance(YearMonth.FromIndex(monthIndex), NationalIndicators.Aggregate(lastMonth));
        _advance += clock.Elapsed;
        _outputs?.AddFlows(result.Flows);
        if (result.Outgoing.Count == 0)
        {
            return;
        }

        var runId = RegionKey.Parse(this.GetPrimaryKeyString()).RunId;
        var deliveries = new Task[result.Outgoing.Count];
        for (var k = 0; k < deliveries.Length; k++)
        {
            var batch = result.Outgoing[k];
            deliveries[k] = GrainFactory.GetGrain<IRegionGrain>(RegionKey.Format(runId, batch.DestinationRegion))
                .DeliverAsync(MoverShipment.From(batch));
        }

        await Task.WhenAll(deliveries);
    }

    public Task DeliverAsync(MoverShipment shipment)
    {
        var region = Region;
        if (shipment.DestinationRegion != region.RegionIndex || shipment.MonthIndex != region.NextMonth.Index)
        {
            throw new ArgumentException(
                $"shipment for region {shipment.DestinationRegion} month {YearMonth.FromIndex(shipment.MonthIndex)} delivered to region {region.RegionIndex} expecting {region.NextMonth}",
                nameof(shipment));
        }

        _inbox.Add(shipment);
        return Task.CompletedTask;
    }

    public async Task<RegionSettlement> SettleAsync(int monthIndex)
    {
        var region = Region;
        var month = YearMonth.FromIndex(monthIndex);
        if (month != region.NextMonth)
        {
            throw new InvalidOperationException($"region {region.Region.Code}: settle of {month} while expecting {region.NextMonth}");
        }

        var clock = Stopwatch.StartNew();
        var row = region.Receive(_inbox.ConvertAll(s => s.ToBatch()));
        _inbox.Clear();
        _receive += clock.Elapsed;
        clock.Restart();
        SnapshotFile? snapshot = null;
        var settlement = _outputs?.Settle(month, row, out snapshot) ?? new RegionSettlement(row, [], [], false);
        _output += clock.Elapsed;
        var run = _run!;
        if (snapshot is not null)
        {
            await _snapshots.HoldAsync(monthIndex, snapshot, durable: run.Spec.CheckpointMonths > 0);
        }

        if (run.Spec.ChecksAt(run.Model.Start.Index, monthIndex))
        {
            using var buffer = new ChunkedWriteStream();
            region.WriteCheckpoint(buffer);
            await _checkpoints.WriteAsync(monthIndex, buffer.ToChunks());
        }

        return settlement;
    }

    public Task<SnapshotFile> TakeSnapshotAsync(int monthIndex) =>
        Task.FromResult(_snapshots.Find(monthIndex) ?? throw new InvalidOperationException(
            $"region grain {this.GetPrimaryKeyString()} holds no person snapshot of {YearMonth.FromIndex(monthIndex)}: it was released already, "
            + "or the silo that held it stopped and the run keeps no checkpoints (where a stored copy would be)"));

    public Task ReleaseSnapshotAsync(int monthIndex) => _snapshots.ReleaseAsync(monthIndex);

    public async Task<RegionTimings> CompleteAsync()
    {
        await _checkpoints.ForgetAsync();
        await _snapshots.ForgetAsync();

        // The run is over: its persons (a silo's share of the population) go now, not when Orleans collects idle
        // grains, so that long-running silos do not carry one finished run's memory into the next.
        _outputs = null;
        _region = null;
        _inbox.Clear();
        this.DeactivateOnIdle();
        return new RegionTimings(_synthesis.TotalSeconds, _advance.TotalSeconds, _receive.TotalSeconds, _output.TotalSeconds);
    }

    public async Task AbortAsync()
    {
        _outputs = null;
        _region = null;
        _inbox.Clear();
        await _checkpoints.ForgetAsync();
        await _snapshots.ForgetAsync();
        this.DeactivateOnIdle();
    }

    public Task<PersonTrace> TraceAsync(long personId)
    {
        var region = Region;
        var profile = region.TryGetPerson(personId, out var found) ? found : null;
        return Task.FromResult(new PersonTrace(profile, [.. region.History(personId)]));
    }

    /// <summary>Takes up the run at its start (no checkpoint) or at a checkpoint's month; returns that month's row.</summary>
    private RegionMonthIndicators Start(RunSpec spec, RegionCheckpointSlot? checkpoint)
    {
        var index = RegionKey.Parse(this.GetPrimaryKeyString()).Region;
        _run = runs.Get(spec);
        var clock = Stopwatch.StartNew();
        if (checkpoint is null)
        {
            _region = RegionSimulation.Create(_run.Model, index);
        }
        else
        {
            using var stream = new ChunkedReadStream(checkpoint.Data);
            _region = RegionSimulation.ReadCheckpoint(_run.Model, stream);
        }

        _synthesis += clock.Elapsed;
        _inbox.Clear();
        _outputs = _run.WritesOutputs ? new RegionOutputs(_run, _region) : null;
        return _region.Indicators;
    }

    private RegionSimulation Region => _region ?? throw new InvalidOperationException(
        $"region grain {this.GetPrimaryKeyString()} has no state: it was never initialised, or the silo that held it stopped and "
        + "Orleans activated it afresh on another silo; the run cannot continue from here");
}
