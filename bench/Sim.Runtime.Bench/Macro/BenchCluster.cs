using Sim.Runtime.Bench.Grains;
using Sim.Runtime.Testing;

namespace Sim.Runtime.Bench.Macro;

/// <summary>Starts a test cluster of the benchmark grains with production-like (slow) membership timing.</summary>
internal static class BenchCluster
{
    public static async Task<TestCluster> StartAsync(int silos)
    {
        var builder = new TestClusterBuilder(silos);
        builder.AddGrainAssembly(typeof(PingGrain).Assembly);
        builder.Configure<MembershipOptions>(m =>
        {
            m.ProbePeriod = TimeSpan.FromSeconds(2);
            m.ProbeTimeout = TimeSpan.FromSeconds(5);
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    /// <summary>Integer keys whose ring owner is <paramref name="silo"/> (so hash placement puts them there).</summary>
    public static long[] KeysOwnedBy(SiloHandle silo, int count, long start = 0)
    {
        var ring = silo.Silo.View.Ring;
        var keys = new List<long>(count);
        for (var k = start; keys.Count < count; k++)
        {
            if (silo.SiloAddress.Equals(ring.Owner(GrainId.Create("ping", k).GetUniformHashCode())))
            {
                keys.Add(k);
            }
        }

        return [.. keys];
    }
}
