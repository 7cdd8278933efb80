using System.Collections.Concurrent;
using System.Diagnostics;
using Orleans;
using Orleans.Runtime;
using Sim.Grains.Regions;
using Sim.Grains.Runs;

namespace Sim.Host.Dashboard;

/// <summary>
/// Reads the runs in flight from the cluster: where the run and region grains are activated (the management grain's
/// detailed statistics give grain id and silo) and how far each run is (<see cref="IRunGrain.GetStatusAsync"/>).
/// Remembers when it first saw each run to give a rate.
/// </summary>
internal sealed class ClusterRunsReader(IGrainFactory grains)
{
    private readonly ConcurrentDictionary<string, (long Ticks, long PersonMonths)> _firstSeen = new(StringComparer.Ordinal);
    private readonly GrainType _runType = grains.GetGrain<IRunGrain>("type").GetGrainId().Type;
    private readonly GrainType _regionType = grains.GetGrain<IRegionGrain>(RegionKey.Format("type", 0)).GetGrainId().Type;

    public async Task<ClusterRunsSnapshot> ReadAsync()
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        var hosts = await management.GetHosts(onlyActive: true);
        var silos = hosts.Keys.Select(s => s.ToString()).Order(StringComparer.Ordinal).ToList();
        var activations = await management.GetDetailedGrainStatistics();
        var runSilos = new Dictionary<string, string>(StringComparer.Ordinal);
        var regions = new Dictionary<string, SortedDictionary<string, List<int>>>(StringComparer.Ordinal);
        foreach (var activation in activations)
        {
            var id = activation.GrainId;
            if (id.Type.Equals(_runType))
            {
                runSilos[id.Key.ToString()!] = activation.SiloAddress.ToString();
            }
            else if (id.Type.Equals(_regionType))
            {
                var key = RegionKey.Parse(id.Key.ToString()!);
                var bySilo = regions.TryGetValue(key.RunId, out var found) ? found : regions[key.RunId] = new(StringComparer.Ordinal);
                var silo = activation.SiloAddress.ToString();
                (bySilo.TryGetValue(silo, out var list) ? list : bySilo[silo] = []).Add(key.Region);
            }
        }

        var runs = new List<RunInFlight>();
        foreach (var (runId, silo) in runSilos.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var status = await grains.GetGrain<IRunGrain>(runId).GetStatusAsync();
            if (!status.Started || status.StartMonthIndex < 0)
            {
                continue;
            }

            var total = status.EndMonthIndex - status.StartMonthIndex + 1;
            var done = Math.Clamp(status.NextMonthIndex - status.StartMonthIndex, 0, total);
            var bySilo = regions.TryGetValue(runId, out var r)
                ? r.ToDictionary(p => p.Key, p => (IReadOnlyList<int>)[.. p.Value.Order()], StringComparer.Ordinal)
                : new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
            runs.Add(new RunInFlight(runId, done, total, status.PersonMonths, Rate(runId, status.PersonMonths), silo, bySilo));
        }

        foreach (var gone in _firstSeen.Keys.Where(k => !runSilos.ContainsKey(k)).ToList())
        {
            _firstSeen.TryRemove(gone, out _);
        }

        return new ClusterRunsSnapshot(silos, runs);
    }

    private double? Rate(string runId, long personMonths)
    {
        var now = Stopwatch.GetTimestamp();
        var first = _firstSeen.GetOrAdd(runId, (now, personMonths));
        var seconds = Stopwatch.GetElapsedTime(first.Ticks, now).TotalSeconds;
        return seconds > 0.5 && personMonths > first.PersonMonths ? (personMonths - first.PersonMonths) / seconds : null;
    }
}
