using Sim.Runtime.Activation;
using Sim.Runtime.Invocation;
using Sim.Runtime.Membership;
using Sim.Runtime.Messaging;
using Sim.Runtime.Placement;

namespace Sim.Runtime;

/// <summary>
/// A client endpoint of an in-process cluster. It hosts no grains: each call is routed (directory entry, else the
/// ring owner) and sent as bytes to the silo that hosts or will host the grain.
/// </summary>
internal sealed class ClusterClient : IClusterClient, IRuntimeClient
{
    private readonly InMemoryCluster _cluster;
    private readonly MembershipViewTracker _tracker;
    private readonly PlacementService _placement;
    private readonly GrainFactory _factory;
    private readonly MessageCenter _messaging;
    private readonly int _maxForwardCount;
    private int _disposed;

    public ClusterClient(InMemoryCluster cluster, ClusterClientOptions options)
    {
        _cluster = cluster;
        var logger = options.LoggerFactory.CreateLogger("Sim.Runtime.ClusterClient");
        Address = new SiloAddress("client", cluster.NextGeneration());
        _tracker = new MembershipViewTracker(cluster.MembershipTable, options.Membership, options.Placement.VirtualNodesPerSilo, options.TimeProvider, logger);
        _placement = new PlacementService(options.Placement, () => _tracker.View, local: null);
        _factory = new GrainFactory(this, new GrainClassRegistry(options.GrainTypes.Classes));
        _messaging = new MessageCenter(Address, cluster.Network, this, options.Messaging, options.TimeProvider, logger);
        _maxForwardCount = options.Messaging.MaxForwardCount;
        _tracker.SilosDied += dead =>
        {
            foreach (var silo in dead)
            {
                _messaging.FailCallsTo(silo, "was declared dead");
            }
        };
    }

    public SiloAddress Address { get; }

    internal MembershipViewTracker Tracker => _tracker;

    public async Task ConnectAsync()
    {
        _messaging.Start(handler: null);
        await _tracker.RefreshAsync();
        _tracker.StartPeriodicRefresh();
    }

    public TGrain GetGrain<TGrain>(string key)
        where TGrain : IGrainWithStringKey => _factory.GetGrain<TGrain>(key);

    public TGrain GetGrain<TGrain>(long key)
        where TGrain : IGrainWithIntegerKey => _factory.GetGrain<TGrain>(key);

    public GrainReference CreateReference(GrainInterfaceInfo info, GrainId grainId) => info.Factory(grainId, this);

    public void SendRequest(Request request)
    {
        if (Volatile.Read(ref _disposed) != 0)
        {
            MethodDescriptor.Fail(request, new ObjectDisposedException(nameof(ClusterClient)));
            return;
        }

        Route(request, 0);
    }

    private void Route(Request request, int attempt)
    {
        var lookup = _cluster.GrainDirectory.Lookup(request.Target);
        if (lookup.IsCompletedSuccessfully)
        {
            RouteWithEntry(request, lookup.Result, attempt);
        }
        else
        {
            _ = DirectoryLookup.ContinueAsync(request, lookup, (r, entry) => RouteWithEntry(r, entry, attempt));
        }
    }

    private void RouteWithEntry(Request request, GrainAddress? entry, int attempt)
    {
        if (entry is { } address)
        {
            if (!_tracker.View.IsDead(address.SiloAddress))
            {
                _messaging.SendRequest(address.SiloAddress, request);
                return;
            }

            if (attempt >= _maxForwardCount)
            {
                MethodDescriptor.Fail(request, new SiloUnavailableException($"The directory entry of {request.Target} kept pointing at dead silos."));
                return;
            }

            _ = _cluster.GrainDirectory.Unregister(address).AsTask();
            Route(request, attempt + 1);
            return;
        }

        var target = _placement.Place(request.Target, grainClass: null, originatesHere: false);
        if (target is null)
        {
            MethodDescriptor.Fail(request, new SiloUnavailableException($"No active silo can host {request.Target}."));
            return;
        }

        request.PlacedHere = true;
        _messaging.SendRequest(target, request);
    }

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _tracker.Dispose();
            _messaging.Stop();
        }

        return ValueTask.CompletedTask;
    }
}
