using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Sim.Runtime.Scheduler;
using Sim.Runtime.Tests.Grains;
using Sim.Runtime.Tests.Infrastructure;

namespace Sim.Runtime.Tests.Scheduler;

public sealed class SchedulerTests
{
    [Fact]
    public async Task A_busy_activation_yields_its_worker_after_a_slice()
    {
        var builder = ClusterFixture.NewBuilder(1, new LifecycleLog());
        builder.Configure<SiloOptions>(o =>
        {
            o.WorkerCount = 1;
            o.TurnsPerSlice = 8;
        });
        await using var cluster = builder.Build();
        await cluster.DeployAsync();
        var factory = cluster.Primary.GrainFactory;
        var busyKey = "busy-" + Guid.NewGuid().ToString("N");
        var busy = factory.GetGrain<IFairGrain>(busyKey);
        var other = factory.GetGrain<IFairGrain>("other-" + Guid.NewGuid().ToString("N"));
        await Task.WhenAll(busy.Work(0), other.Work(0));

        const int Queued = 3_000;
        var flood = Enumerable.Range(0, Queued).Select(_ => busy.Work(2_000)).ToArray();
        var seenByOther = await Eventually.Within(other.ProcessedBy(busyKey));
        await Eventually.Within(Task.WhenAll(flood), TimeSpan.FromMinutes(1));

        // With one worker and 8-turn slices the other grain runs after a few slices of the busy one, not after all 3000.
        Assert.True(seenByOther < 200, $"the other grain waited for {seenByOther} turns of the busy one");
    }

    [Fact]
    public void The_pool_runs_items_on_its_fixed_threads_only_and_drops_work_after_stop()
    {
        using var pool = new WorkerPool("test", 2, NullLogger.Instance);
        pool.Start();
        var threads = new ConcurrentDictionary<int, bool>();
        using var done = new CountdownEvent(1_000);
        for (var i = 0; i < 1_000; i++)
        {
            pool.Enqueue(new Item(() =>
            {
                threads[Environment.CurrentManagedThreadId] = true;
                done.Signal();
            }));
        }

        Assert.True(done.Wait(TimeSpan.FromSeconds(20)));
        Assert.InRange(threads.Count, 1, 2);
        pool.Stop();
        var ran = false;
        pool.Enqueue(new Item(() => ran = true));
        Assert.False(ran);
    }

    [Fact]
    public async Task Ten_thousand_waiting_activations_use_no_thread_of_their_own()
    {
        await using var cluster = ClusterFixture.NewBuilder(1, new LifecycleLog()).Build();
        await cluster.DeployAsync();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var factory = cluster.Primary.GrainFactory;
        var keys = Enumerable.Range(0, 10_000).Select(i => $"parked-{Guid.NewGuid():N}-{i}").ToArray();
        foreach (var key in keys)
        {
            GateGrain.Gates[key] = gate;
        }

        var threadsBefore = Process.GetCurrentProcess().Threads.Count;
        var parked = keys.Select(k => factory.GetGrain<IGateGrain>(k).WaitForGate()).ToArray();
        await Eventually.True(() => keys.All(GateGrain.Entered.ContainsKey), "all requests waiting inside their grains");
        var threadsDuring = Process.GetCurrentProcess().Threads.Count;
        gate.SetResult();
        await Eventually.Within(Task.WhenAll(parked));
        Assert.True(threadsDuring - threadsBefore < 50, $"threads grew from {threadsBefore} to {threadsDuring}");
    }

    [Fact]
    public async Task Internal_grain_interfaces_and_payloads_work_across_the_serializer()
    {
        await using var cluster = ClusterFixture.NewBuilder(2, new LifecycleLog()).Build();
        await cluster.DeployAsync();
        var back = await cluster.Client.GetGrain<IInternalGrain>(5).Echo(new InternalPayload("hi", [1, 2]));
        Assert.Equal("hi!", back.Text);
        Assert.Equal([1, 2], back.Numbers);
    }

    private sealed class Item(Action action) : IWorkItem
    {
        public void Execute() => action();
    }
}
