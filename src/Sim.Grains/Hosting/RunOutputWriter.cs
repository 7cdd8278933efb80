using Sim.Output;
using Sim.Output.Dictionary;
using Sim.Output.Parts;
using Sim.Grains.Regions;
using Sim.Grains.Runs;
using Sim.Grains.Serialization;
using Sim.Model;
using Sim.Model.Engine;
using Sim.Model.Population;

namespace Sim.Grains.Hosting;

/// <summary>
/// Writes a run's files where its driver runs (the submitting machine): each month's settlements go into the
/// region_month and flows parts (written when the run completes), the streamed event parts and the person
/// snapshots the regions encoded. Silos need no shared file system, and months replayed after a silo's death
/// never reach it twice (the driver only sees each month once).
/// </summary>
public sealed class RunOutputWriter : IDisposable
{
    private readonly OutputRoot _root;
    private readonly RunContext _run;
    private readonly RegionMonthPart[] _regionMonth;
    private readonly FlowPart[] _flows;
    private readonly EventPart[]? _events;
    private readonly List<OutputFileInfo> _written = [];

    /// <summary>Starts the run's files under <paramref name="root"/>.</summary>
    public RunOutputWriter(OutputRoot root, RunContext run)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(run);
        _root = root;
        _run = run;
        var regions = run.Model.Regions;
        _regionMonth = [.. regions.Select(r => new RegionMonthPart(r))];
        _flows = [.. regions.Select(r => new FlowPart(regions, r.Index, run.Model.Weight))];
        if (run.Scenario.Outputs.Events)
        {
            _events = [.. regions.Select(r => new EventPart(root, run.Tags, run.Compression, regions, r.Index))];
        }
    }

    /// <summary>Adds one simulated month (every region's settlement, in region order).</summary>
    public void AddMonth(YearMonth month, IReadOnlyList<RegionSettlement> settlements)
    {
        ArgumentNullException.ThrowIfNull(settlements);
        for (var r = 0; r < settlements.Count; r++)
        {
            var settlement = settlements[r];
            _regionMonth[r].Add(settlement.Row);
            _flows[r].Add(month, UnmanagedBlock.Unpack<FlowRow>(settlement.Flows));
            _events?[r].Append(UnmanagedBlock.Unpack<PersonEvent>(settlement.Events));
            if (settlement.Snapshot is { } snapshot)
            {
                using (var file = new FileStream(_root.PathFor(snapshot.Path), FileMode.CreateNew, FileAccess.Write))
                {
                    foreach (var chunk in snapshot.Chunks)
                    {
                        file.Write(chunk);
                    }
                }

                _written.Add(new OutputFileInfo(snapshot.Path, OutputTables.Persons.Name, snapshot.Rows));
            }
        }
    }

    /// <summary>Writes the remaining parts; returns every file of the run, by path.</summary>
    public OutputFileInfo[] Complete()
    {
        foreach (var part in _regionMonth)
        {
            _written.Add(part.Write(_root, _run.Tags, _run.Compression));
        }

        foreach (var part in _flows)
        {
            _written.Add(part.Write(_root, _run.Tags, _run.Compression));
        }

        foreach (var part in _events ?? [])
        {
            _written.Add(part.Complete());
        }

        return [.. _written.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    /// <summary>Closes open event parts (an abandoned run's staging folder is deleted by its owner).</summary>
    public void Dispose()
    {
        foreach (var part in _events ?? [])
        {
            part.Dispose();
        }
    }
}
