using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sim.Runtime.Activation;
using Sim.Runtime.Membership;
using Sim.Runtime.Messaging;
using Sim.Runtime.Placement;
using Sim.Runtime.Scheduler;

namespace Sim.Runtime;

/// <summary>
/// One silo: the parts of the runtime wired together (workers, catalog, dispatcher, messaging, membership, collector)
/// and its life cycle. Hosted by <see cref="SiloHostedService"/>.
/// </summary>
internal sealed class Silo : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _deactivationDeadline = new();
    private readonly MembershipViewTracker _tracker;
    private volatile bool _stoppingFlag;
    private int _state; // 0 created, 1 started, 2 stopped

    public Silo(
        IServiceProvider services,
        IOptions<SiloOptions> siloOptions,
        IOptions<ClusterOptions> clusterOptions,
        IOptions<MessagingOptions> messagingOptions,
        IOptions<PlacementOptions> placementOptions,
        IOptions<MembershipOptions> membershipOptions,
        IOptions<GrainTypeOptions> grainTypes,
        InMemoryCluster cluster,
        TimeProvider time,
        ILoggerFactory loggerFactory)
    {
        Services = services;
        Options = siloOptions.Value;
        ClusterOptions = clusterOptions.Value;
        Time = time;
        Cluster = cluster;
        Logger = loggerFactory.CreateLogger($"Sim.Runtime.Silo.{Options.SiloName}");
        Address = new SiloAddress(Options.Endpoint ?? Options.SiloName, cluster.NextGeneration());
        Classes = new GrainClassRegistry(grainTypes.Value.Classes);
        Directory = cluster.GrainDirectory;
        Pool = new WorkerPool(Options.SiloName, Options.WorkerCount > 0 ? Options.WorkerCount : Environment.ProcessorCount, Logger);
        Collector = new ActivationCollector(this);
        Catalog = new Catalog(this);
        var membership = membershipOptions.Value;
        _tracker = new MembershipViewTracker(cluster.MembershipTable, membership, placementOptions.Value.VirtualNodesPerSilo, time, Logger);
        Placement = new PlacementService(placementOptions.Value, () => _tracker.View, Address);
        LocalTimeouts = new LocalCallTimeouts(Catalog, messagingOptions.Value.ResponseTimeout, time);
        Dispatcher = new Dispatcher(this, messagingOptions.Value.MaxForwardCount);
        Messaging = new MessageCenter(Address, cluster.Network, Dispatcher, messagingOptions.Value, time, Logger);
        Membership = new MembershipAgent(Address, Options.SiloName, cluster.MembershipTable, membership, _tracker, Messaging, time, Logger);
        GrainFactory = new GrainFactory(Dispatcher, Classes);
        _tracker.SilosDied += OnSilosDied;
        _tracker.ViewChanged += OnViewChanged;
    }

    public SiloAddress Address { get; }

    public SiloOptions Options { get; }

    public ClusterOptions ClusterOptions { get; }

    public IServiceProvider Services { get; }

    public TimeProvider Time { get; }

    public InMemoryCluster Cluster { get; }

    public ILogger Logger { get; }

    public GrainClassRegistry Classes { get; }

    public IGrainDirectory Directory { get; }

    public WorkerPool Pool { get; }

    public ActivationCollector Collector { get; }

    public Catalog Catalog { get; }

    public PlacementService Placement { get; }

    public Dispatcher Dispatcher { get; }

    public LocalCallTimeouts LocalTimeouts { get; }

    public MessageCenter Messaging { get; }

    public MembershipAgent Membership { get; }

    public IGrainFactory GrainFactory { get; }

    public ClusterMembershipView View => _tracker.View;

    /// <summary>True once the silo stops (gracefully or not): no new activations are created here.</summary>
    public bool IsStopping => _stoppingFlag;

    /// <summary>Passed to <c>OnActivateAsync</c>; cancelled when the silo stops.</summary>
    public CancellationToken StoppingToken => _stopping.Token;

    /// <summary>Passed to <c>OnDeactivateAsync</c>; cancelled when a graceful stop runs out of time.</summary>
    public CancellationToken DeactivationToken => _deactivationDeadline.Token;

    /// <summary>Raised once when the silo stops for any reason.</summary>
    public event Action<Silo>? Stopped;

    /// <summary>True when a directory entry points at an activation that cannot be alive.</summary>
    public bool IsStale(GrainAddress address)
    {
        if (address.SiloAddress.Equals(Address))
        {
            return !(Catalog.TryGetConfirmed(address.GrainId, out var a) && a.ActivationId == address.ActivationId);
        }

        return View.IsDead(address.SiloAddress);
    }

    public async Task StartAsync()
    {
        if (Interlocked.CompareExchange(ref _state, 1, 0) != 0)
        {
            throw new InvalidOperationException($"Silo {Options.SiloName} was already started.");
        }

        Messaging.Start(Dispatcher);
        LocalTimeouts.Start();
        Pool.Start();
        Collector.Start();
        await Membership.JoinAsync();
        SiloLog.Started(Logger, Options.SiloName, Address, ClusterOptions.ClusterId, Pool.WorkerCount);
    }

    /// <summary>Graceful stop: ShuttingDown, deactivate every activation, Dead, detach.</summary>
    public async Task StopAsync()
    {
        if (Interlocked.CompareExchange(ref _state, 2, 1) != 1)
        {
            return;
        }

        await Membership.UpdateStatusAsync(SiloStatus.ShuttingDown);
        _stoppingFlag = true;
        SiloLog.Stopping(Logger, Options.SiloName, Catalog.Count);
        await DeactivateAllAsync();
        await Membership.UpdateStatusAsync(SiloStatus.Dead);
        Shutdown();
        SiloLog.Stopped(Logger, Options.SiloName);
    }

    /// <summary>Abrupt stop, as if the process died: no deactivation and no table writes.</summary>
    public void Kill(string reason)
    {
        if (Interlocked.Exchange(ref _state, 2) == 2)
        {
            return;
        }

        _stoppingFlag = true;
        SiloLog.Killed(Logger, Options.SiloName, reason);
        Shutdown();
    }

    public async ValueTask DisposeAsync()
    {
        if (Volatile.Read(ref _state) == 1)
        {
            await StopAsync();
        }

        Membership.Dispose();
        Pool.Dispose();
        _stopping.Dispose();
        _deactivationDeadline.Dispose();
    }

    private async Task DeactivateAllAsync()
    {
        var reason = new DeactivationReason(DeactivationReasonCode.ShuttingDown, $"Silo {Options.SiloName} is shutting down.");
        var pending = Catalog.Activations.Select(a => a.TryDeactivate(reason, null)).OfType<Task>().ToList();
        var all = Task.WhenAll(pending);
        if (await Task.WhenAny(all, Task.Delay(Options.DeactivationTimeout, Time)) != all)
        {
            SiloLog.DeactivationTimedOut(Logger, Options.SiloName, pending.Count(t => !t.IsCompleted));
            await _deactivationDeadline.CancelAsync();
        }
    }

    private void Shutdown()
    {
        _stopping.Cancel();
        Membership.Stop();
        Collector.Dispose();
        LocalTimeouts.Dispose();
        Messaging.Stop();
        Pool.Stop();
        Stopped?.Invoke(this);
    }

    private void OnSilosDied(IReadOnlyList<SiloAddress> dead)
    {
        SiloLog.SilosDied(Logger, string.Join(", ", dead));
        foreach (var silo in dead)
        {
            Messaging.FailCallsTo(silo, "was declared dead");
        }

        var cleanup = Directory.UnregisterSilos(dead);
        if (!cleanup.IsCompleted)
        {
            _ = cleanup.AsTask();
        }
    }

    private void OnViewChanged(ClusterMembershipView view)
    {
        if (view.IsDead(Address) && Volatile.Read(ref _state) == 1 && !_stoppingFlag)
        {
            // Declared dead by the others (for example after a long pause): a dead silo never comes back.
            _ = Task.Run(() => Kill("the cluster declared this silo dead"));
        }
    }
}
