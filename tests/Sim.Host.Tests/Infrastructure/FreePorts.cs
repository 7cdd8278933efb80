using System.Net;
using System.Net.Sockets;

namespace Sim.Host.Tests.Infrastructure;

/// <summary>Loopback ports that were free a moment ago (the OS picks them: bind to port 0).</summary>
internal static class FreePorts
{
    public static int[] Find(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        try
        {
            foreach (var listener in listeners)
            {
                listener.Start();
            }

            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Stop();
            }
        }
    }
}
