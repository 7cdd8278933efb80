using Sim.Runtime.Activation;
using Sim.Runtime.Invocation;

namespace Sim.Runtime.Messaging;

/// <summary>
/// A silo's request router, for calls made by its grains and host code and for requests arriving from other
/// endpoints. In order: the local activation if there is one (no serialization); else the directory's entry (sent
/// through the serializer to that silo); else placement, creating the activation here or sending the request to the
/// chosen silo, which creates it. Stale entries (dead silo, or naming this silo without a catalog entry) are dropped
/// and routing starts over.
/// </summary>
internal sealed class Dispatcher(Silo silo, int maxForwardCount) : IRuntimeClient, IRequestHandler
{
    /// <summary>A call made on this silo (by a grain or host code): prefer-local grains are placed here.</summary>
    public void SendRequest(Request request) => Route(request, originatesHere: true);

    public void OnIncomingRequest(Request request) => Route(request, originatesHere: false);

    public GrainReference CreateReference(GrainInterfaceInfo info, GrainId grainId) => info.Factory(grainId, this);

    /// <summary>Sends a request on to another silo (counting hops so a request cannot bounce forever).</summary>
    public void Forward(SiloAddress target, Request request, bool placedHere)
    {
        if (request.Hops >= maxForwardCount)
        {
            MethodDescriptor.Fail(request, new InvalidOperationException(
                $"The call to {request.Target} ({request.Descriptor}) was forwarded {request.Hops} times without reaching its activation; the cluster view is changing."));
            return;
        }

        request.Hops++;
        request.PlacedHere = placedHere;
        silo.Messaging.SendRequest(target, request);
    }

    /// <summary>Routes a chain of requests (linked through <see cref="Request.Next"/>) in order.</summary>
    public void RouteAll(Request? queued)
    {
        while (queued is not null)
        {
            var next = queued.Next;
            queued.Next = null;
            Route(queued, originatesHere: false);
            queued = next;
        }
    }

    private void Route(Request request, bool originatesHere)
    {
        var id = request.Target;
        var spin = default(SpinWait);
        while (true)
        {
            if (silo.Catalog.TryGet(id, out var activation))
            {
                if (activation.TryEnqueue(request))
                {
                    return;
                }

                // The activation is going away; the catalog entry changes within a moment.
                spin.SpinOnce(sleep1Threshold: -1);
                continue;
            }

            if (request.PlacedHere && !silo.IsStopping)
            {
                if (TryActivateHere(request))
                {
                    return;
                }

                continue;
            }

            var lookup = silo.Directory.Lookup(id);
            if (!lookup.IsCompletedSuccessfully)
            {
                _ = DirectoryLookup.ContinueAsync(request, lookup, (r, entry) =>
                {
                    if (!RouteWithEntry(r, entry, originatesHere))
                    {
                        Route(r, originatesHere);
                    }
                });
                return;
            }

            if (RouteWithEntry(request, lookup.Result, originatesHere))
            {
                return;
            }
        }
    }

    /// <summary>True: routed. False: state changed, route again.</summary>
    private bool RouteWithEntry(Request request, GrainAddress? entry, bool originatesHere)
    {
        if (entry is { } address)
        {
            if (silo.IsStale(address))
            {
                _ = silo.Directory.Unregister(address).AsTask();
                return false;
            }

            Forward(address.SiloAddress, request, placedHere: false);
            return true;
        }

        var grainClass = silo.Classes.Find(request.Target.Type);
        if (grainClass is null)
        {
            MethodDescriptor.Fail(request, new InvalidOperationException($"Grain type '{request.Target.Type}' is not registered on silo {silo.Options.SiloName}."));
            return true;
        }

        var target = silo.Placement.Place(request.Target, grainClass, originatesHere);
        if (target is null || (target.Equals(silo.Address) && silo.IsStopping))
        {
            MethodDescriptor.Fail(request, new SiloUnavailableException($"No active silo can host {request.Target}."));
            return true;
        }

        if (target.Equals(silo.Address))
        {
            return TryActivateHere(request);
        }

        Forward(target, request, placedHere: true);
        return true;
    }

    private bool TryActivateHere(Request request)
    {
        var grainClass = silo.Classes.Find(request.Target.Type);
        if (grainClass is null)
        {
            MethodDescriptor.Fail(request, new InvalidOperationException($"Grain type '{request.Target.Type}' is not registered on silo {silo.Options.SiloName}."));
            return true;
        }

        return silo.Catalog.GetOrCreate(request.Target, grainClass).TryEnqueue(request);
    }
}
