using Microsoft.Extensions.DependencyInjection;
using Sim.Runtime.Tests.Grains;
using Sim.Runtime.Tests.Infrastructure;

namespace Sim.Runtime.Tests.Activation;

public sealed class ChurnTests
{
    [Fact]
    public async Task Constant_deactivation_under_cross_silo_traffic_keeps_one_activation_and_each_callers_order()
    {
        var monitor = new ChurnMonitor();
        var builder = ClusterFixture.NewBuilder(2, new LifecycleLog());
        builder.ConfigureServices(s => s.AddSingleton(monitor));
        await using var cluster = builder.Build();
        await cluster.DeployAsync();
        IGrainFactory[] factories = [cluster.Client, cluster.Silos[0].GrainFactory, cluster.Silos[1].GrainFactory];

        // 12 callers, each sending its sequence to 6 grains without waiting between calls; every 7th call deactivates.
        var callers = Enumerable.Range(0, 12).Select(c => Task.Run(async () =>
        {
            var factory = factories[c % factories.Length];
            var name = $"caller-{c}";
            var calls = new List<Task>();
            for (var seq = 0; seq < 300; seq++)
            {
                for (var g = 0; g < 6; g++)
                {
                    calls.Add(factory.GetGrain<IChurnGrain>(g).Touch(name, seq, deactivate: (seq + g + c) % 7 == 0));
                }

                if (seq % 50 == 49)
                {
                    await Task.WhenAll(calls);
                    calls.Clear();
                }
            }

            await Task.WhenAll(calls);
        }));
        await Eventually.Within(Task.WhenAll(callers), TimeSpan.FromMinutes(1));

        Assert.Equal(0, monitor.Duplicates);
        Assert.Equal(0, monitor.OutOfOrder);
        Assert.True(monitor.Activations > 6, $"expected re-activations, saw {monitor.Activations}");
    }
}
