using System.Net.Sockets;
using Npgsql;
using Orleans.Runtime;
using Sim.Host.Silo;

namespace Sim.Host.Cluster;

/// <summary>Turns the failures an operator causes (a port in use, PostgreSQL unreachable or refusing) into one line.</summary>
internal static class ClusterProblem
{
    /// <summary>The line for <paramref name="e"/>, or null when it is not an operator's problem (a bug: let it surface).</summary>
    public static string? Describe(Exception e, ClusterConnection membership, SiloHostOptions? silo = null)
    {
        foreach (var inner in Chain(e))
        {
            switch (inner)
            {
                case SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse }:
                    return silo is null
                        ? "a port is already in use"
                        : $"port {silo.SiloPort} (silo), {silo.GatewayPort} (gateway){(silo.Dashboard is { } d ? $" or {d} (dashboard)" : "")} is already in use; choose others with --silo-port/--gateway-port{(silo.Dashboard is null ? "" : "/--dashboard")}";
                case System.Security.Authentication.AuthenticationException auth:
                    return "TLS handshake failed: the other side does not hold the cluster's certificate, or this side lacks it (" + auth.Message + ")";
                case PostgresException pg when pg.SqlState == PostgresErrorCodes.InvalidPassword:
                    return $"{membership.Describe()}: password authentication failed";
                case PostgresException pg when pg.SqlState == PostgresErrorCodes.InvalidCatalogName:
                    return $"{membership.Describe()}: the database does not exist";
                case PostgresException pg when pg.SqlState == PostgresErrorCodes.UndefinedTable || pg.SqlState == PostgresErrorCodes.UndefinedFunction:
                    return $"{membership.Describe()}: the Orleans schema is missing; run `sim cluster init --membership \"...\"` first ({pg.MessageText})";
                case PostgresException pg:
                    return $"{membership.Describe()}: {pg.MessageText}";
                case NpgsqlException npgsql:
                    return $"{membership.Describe()}: cannot connect ({npgsql.InnerException?.Message ?? npgsql.Message})";
            }
        }

        return null;
    }

    /// <summary>
    /// The line for a client's failure to reach or keep the cluster (no gateway answering, connections lost, calls
    /// timing out with the silos gone), or null when <paramref name="e"/> is something else.
    /// </summary>
    public static string? DescribeClient(Exception e, ClusterConnection cluster)
    {
        if (Chain(e).FirstOrDefault(i => i is ClusterUnavailableException or Sim.Cluster.ClusterDatabaseException) is { } known)
        {
            return known.Message;
        }

        if (Describe(e, cluster) is { } problem)
        {
            return problem;
        }

        foreach (var inner in Chain(e))
        {
            switch (inner)
            {
                case SiloUnavailableException or OrleansMessageRejectionException or Orleans.Runtime.Messaging.ConnectionFailedException:
                    return "no silo answers (" + inner.Message + ")";
                case OrleansException when inner.Message.Contains("gateway", StringComparison.OrdinalIgnoreCase):
                    return "no gateway answers (" + inner.Message + ")";
                case TimeoutException:
                    return "a call timed out (" + inner.Message + ")";
            }
        }

        return null;
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        var pending = new Stack<Exception>([e]);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            yield return next;
            if (next is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    pending.Push(inner);
                }
            }
            else if (next.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }
}
