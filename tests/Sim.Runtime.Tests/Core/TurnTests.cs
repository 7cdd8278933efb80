using Sim.Runtime.Testing;
using Sim.Runtime.Tests.Grains;
using Sim.Runtime.Tests.Infrastructure;

namespace Sim.Runtime.Tests.Core;

public sealed class TurnTests
{
    [Fact]
    public async Task A_million_calls_from_many_callers_never_overlap_turns()
    {
        await using var cluster = ClusterFixture.NewBuilder(2, new LifecycleLog()).Build();
        await cluster.DeployAsync();

        const int Targets = 8;
        const int Callers = 25;
        const int CallsPerCaller = 40_000;
        const int Window = 50;

        // Callers run as host code on both silos: for each target, calls from one silo stay local and calls from the
        // other cross the serializer; every eighth call yields in the middle, every 64th awaits thread-pool work.
        var callers = Enumerable.Range(0, Callers).Select(c => Task.Run(async () =>
        {
            var factory = cluster.Silos[c % 2].GrainFactory;
            var grains = Enumerable.Range(0, Targets).Select(t => factory.GetGrain<ITurnGrain>(t)).ToArray();
            var pending = new Task[Window];
            for (var sent = 0; sent < CallsPerCaller; sent += Window)
            {
                for (var i = 0; i < Window; i++)
                {
                    pending[i] = grains[(c + sent + i) % Targets].Hit(pause: (sent + i) % 64 == 0 ? 2 : (i & 7) == 0 ? 1 : 0);
                }

                await Task.WhenAll(pending);
            }
        }));
        await Eventually.Within(Task.WhenAll(callers), TimeSpan.FromMinutes(2));

        var stats = await Task.WhenAll(Enumerable.Range(0, Targets).Select(t => cluster.Client.GetGrain<ITurnGrain>(t).Stats()));
        Assert.Equal(1_000_000L, stats.Sum(s => s.Calls));
        Assert.All(stats, s => Assert.Equal(0, s.OverlappingSegments));
        Assert.All(stats, s => Assert.Equal(1, s.MaxRequestsInProgress));
    }

    [Fact]
    public async Task Reentrant_grains_interleave_at_awaits_but_never_run_two_segments_at_once()
    {
        await using var cluster = ClusterFixture.NewBuilder(1, new LifecycleLog()).Build();
        await cluster.DeployAsync();
        var grain = cluster.Primary.GrainFactory.GetGrain<IReentrantTurnGrain>(1);

        var callers = Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            for (var round = 0; round < 50; round++)
            {
                await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => grain.Hit(pause: 2)));
            }
        }));
        await Eventually.Within(Task.WhenAll(callers), TimeSpan.FromMinutes(1));

        var stats = await grain.Stats();
        Assert.Equal(16L * 50 * 16, stats.Calls);
        Assert.Equal(0, stats.OverlappingSegments);
        Assert.True(stats.MaxRequestsInProgress > 1, $"expected interleaving, max in progress {stats.MaxRequestsInProgress}");
    }

    [Fact]
    public async Task An_always_interleave_method_runs_while_a_non_reentrant_request_awaits()
    {
        await using var cluster = ClusterFixture.NewBuilder(1, new LifecycleLog()).Build();
        await cluster.DeployAsync();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var waiter = cluster.Primary.GrainFactory.GetGrain<IGateGrain>("g");
        GateGrain.Gates["g"] = gate;

        var blocked = waiter.WaitForGate();
        await Eventually.True(() => GateGrain.Entered.ContainsKey("g"), "the first request to start");
        Assert.Equal("peek", await Eventually.Within(waiter.Peek()));
        var queued = waiter.Plain();
        Assert.False(queued.IsCompleted);
        gate.SetResult();
        await Eventually.Within(blocked);
        Assert.Equal("plain", await Eventually.Within(queued));
    }
}
