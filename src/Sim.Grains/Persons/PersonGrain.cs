using Sim.Grains.Regions;
using Sim.Grains.Runs;
using Orleans;
using Sim.Model.Population;

namespace Sim.Grains.Persons;

/// <summary>
/// Finds its person by a fan-out lookup: it asks every region grain of the run for what it knows (one call per
/// region, each a vectorised scan of the region's id column plus its event log) and merges the answers.
/// </summary>
/// <remarks>
/// Why a fan-out and not a person directory maintained at the month barriers: inspection is rare and a directory
/// would cost every month of every run (an update per mover, memory per person) for the benefit of a few lookups;
/// and a person's history is spread over the logs of every region it lived in, so a complete answer has to ask
/// all regions anyway. The lookup costs about one scan of 20 million ids at full scale (tens of milliseconds).
/// </remarks>
internal sealed class PersonGrain : Grain, IPersonGrain
{
    public async Task<PersonInspection> InspectAsync()
    {
        var key = PersonKey.Parse(this.GetPrimaryKeyString());
        var status = await GrainFactory.GetGrain<IRunGrain>(key.RunId).GetStatusAsync();
        if (!status.Started)
        {
            throw new InvalidOperationException($"run '{key.RunId}' is not running");
        }

        var traces = await Task.WhenAll(Enumerable.Range(0, status.RegionCount)
            .Select(r => GrainFactory.GetGrain<IRegionGrain>(RegionKey.Format(key.RunId, r)).TraceAsync(key.PersonId)));
        var profiles = traces.Where(t => t.Profile is not null).Select(t => t.Profile!).ToArray();
        if (profiles.Length > 1)
        {
            throw new InvalidOperationException($"person {key.PersonId} lives in {profiles.Length} regions");
        }

        // Each region's log is in order; across regions, within a month the region the person left comes first.
        var movedOutOf = traces.SelectMany(t => t.Events).Where(e => e.Kind == PersonEventKind.MoveOut)
            .Select(e => (e.Month, e.Region)).ToHashSet();
        var history = traces.SelectMany(t => t.Events)
            .OrderBy(e => e.Month)
            .ThenBy(e => movedOutOf.Contains((e.Month, e.Region)) ? 0 : 1)
            .ToArray();
        return new PersonInspection(key.PersonId, status.NextMonthIndex - 1, profiles.FirstOrDefault(), history);
    }
}
