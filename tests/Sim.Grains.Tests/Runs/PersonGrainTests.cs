using Sim.Grains.Hosting;
using Sim.Grains.Persons;
using Sim.Grains.Tests.Infrastructure;
using Sim.Model;
using Sim.Model.Engine;
using Sim.Model.Population;

namespace Sim.Grains.Tests.Runs;

/// <summary>A person grain of a live run answers what the model's region objects know of the person.</summary>
public sealed class PersonGrainTests
{
    [Fact]
    public async Task A_person_who_moved_is_found_with_profile_and_history_across_regions()
    {
        var stop = new YearMonth(2023, 8);
        var spec = SmallRun.Spec("inspect", outputPath: null);
        var driver = new SequentialDriver(ModelContext.Create(spec.LoadScenario()));
        while (driver.NextMonth <= stop)
        {
            driver.Step();
        }

        // Someone who moved between regions and still lives in the destination.
        var moved = driver.Regions
            .SelectMany(r => Enumerable.Range(0, (int)Math.Min(r.Events.Written - r.Events.Oldest, int.MaxValue))
                .Select(k => r.Events.Get(r.Events.Oldest + k)))
            .Where(e => e.Kind == PersonEventKind.MoveIn)
            .Select(e => e.PersonId)
            .First(id => driver.Regions.Any(r => r.TryGetPerson(id, out _)));
        var home = driver.Regions.Single(r => r.TryGetPerson(moved, out _));
        home.TryGetPerson(moved, out var expectedProfile);
        var expectedEvents = driver.Regions.SelectMany(r => r.History(moved)).ToHashSet();

        await using var cluster = await SimulationCluster.StartAsync(new SimulationClusterOptions { Silos = 2 });
        await RunDriver.RunAsync(cluster.Client, spec, progress: null, CancellationToken.None, stopAfter: stop);
        var inspection = await cluster.Client.GetGrain<IPersonGrain>(PersonKey.Format("inspect", moved)).InspectAsync();

        Assert.Equal(stop.Index, inspection.MonthIndex);
        Assert.Equal(expectedProfile, inspection.Profile);
        Assert.Equal(expectedEvents, inspection.History.ToHashSet());
        Assert.Equal(expectedEvents.Count, inspection.History.Length);
        var moveOut = Array.FindIndex(inspection.History, e => e.Kind == PersonEventKind.MoveOut);
        var moveIn = Array.FindIndex(inspection.History, e => e.Kind == PersonEventKind.MoveIn);
        Assert.True(moveOut >= 0 && moveOut < moveIn, "the history shows the move out before the move in");

        var nobody = await cluster.Client.GetGrain<IPersonGrain>(PersonKey.Format("inspect", 42)).InspectAsync();
        Assert.Null(nobody.Profile);
        Assert.Empty(nobody.History);
    }
}
