using Sim.Runtime.Invocation;

namespace Sim.Runtime.Messaging;

/// <summary>The slow path of routing when a directory lookup does not complete at once (a remote directory).</summary>
internal static class DirectoryLookup
{
    /// <summary>Awaits the lookup, then continues routing; a failed lookup fails the call.</summary>
    public static async Task ContinueAsync(Request request, ValueTask<GrainAddress?> lookup, Action<Request, GrainAddress?> route)
    {
        GrainAddress? entry;
        try
        {
            entry = await lookup;
        }
        catch (Exception e)
        {
            MethodDescriptor.Fail(request, e);
            return;
        }

        route(request, entry);
    }
}
