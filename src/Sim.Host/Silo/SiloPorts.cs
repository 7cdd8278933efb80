using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Sim.Host.Silo;

/// <summary>
/// Checks a silo's ports before Orleans starts: Orleans' listeners share ports with address reuse, so a second silo
/// on a taken port would start and confuse the cluster instead of failing.
/// </summary>
internal static class SiloPorts
{
    /// <summary>The one-line problem when the silo or gateway port is taken on this host, or null when both are free.</summary>
    public static string? InUse(SiloHostOptions options)
    {
        foreach (var (name, port) in new[] { ("--silo-port", options.SiloPort), ("--gateway-port", options.GatewayPort) })
        {
            using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                probe.Bind(new IPEndPoint(IPAddress.Any, port));
                probe.Listen();
            }
            catch (SocketException e) when (e.SocketErrorCode is SocketError.AddressAlreadyInUse or SocketError.AccessDenied)
            {
                var why = e.SocketErrorCode == SocketError.AccessDenied ? "may not be bound by this user" : "is already in use on this host";
                return string.Create(CultureInfo.InvariantCulture, $"{name} {port}: the port {why}; choose another with {name} (or SIM_Silo__{(name == "--silo-port" ? "SiloPort" : "GatewayPort")})");
            }
        }

        return null;
    }
}
