using Orleans;
using Orleans.Runtime;
using Sim.Grains.Hosting;
using Sim.Grains.Regions;
using Sim.Grains.Tests.Infrastructure;

namespace Sim.Grains.Tests.Runs;

/// <summary>The region grains of a run spread over the silos: region i on silo i mod N, in silo-address order.</summary>
public sealed class RegionPlacementTests
{
    [Fact]
    public async Task Twenty_regions_on_three_silos_are_placed_round_robin_by_index()
    {
        await using var cluster = await SimulationCluster.StartAsync(new SimulationClusterOptions { Silos = 3 });
        var spec = SmallRun.Spec("spread", outputPath: null, end: "2023-01");
        await RunDriver.RunAsync(cluster.Client, spec, progress: null, CancellationToken.None, stopAfter: Sim.Model.YearMonth.Parse("2023-01"));

        var management = cluster.Client.GetGrain<IManagementGrain>(0);
        var hosts = await management.GetHosts(onlyActive: true);
        var silos = hosts.Keys.Order().ToArray();
        Assert.Equal(3, silos.Length);
        var statistics = await management.GetDetailedGrainStatistics();
        var regionSilo = statistics
            .Where(s => s.GrainId.Key.ToString()!.StartsWith("spread/", StringComparison.Ordinal))
            .ToDictionary(s => RegionKey.Parse(s.GrainId.Key.ToString()!).Region, s => s.SiloAddress);

        Assert.Equal(20, regionSilo.Count);
        for (var region = 0; region < 20; region++)
        {
            Assert.Equal(silos[region % 3], regionSilo[region]);
        }
    }
}
