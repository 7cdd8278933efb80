using System.Net;
using System.Net.Sockets;

namespace Sim.Grains.Hosting;

/// <summary>
/// Free TCP ports on the loopback interface, found by letting the OS pick (bind to port 0). Two processes starting
/// embedded silos at once get different ports; the short window between finding a port and the silo binding it is
/// covered by <see cref="SimulationCluster"/> retrying with new ports.
/// </summary>
internal static class LoopbackPorts
{
    /// <summary><paramref name="count"/> distinct ports that were free a moment ago.</summary>
    public static int[] Find(int count)
    {
        var listeners = new TcpListener[count];
        try
        {
            for (var i = 0; i < count; i++)
            {
                listeners[i] = new TcpListener(IPAddress.Loopback, 0);
                listeners[i].Start();
            }

            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener?.Stop();
            }
        }
    }
}
