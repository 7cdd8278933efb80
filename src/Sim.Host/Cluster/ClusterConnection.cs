using System.Globalization;
using System.Net;
using Npgsql;

namespace Sim.Host.Cluster;

/// <summary>
/// Where a cluster's membership lives, as operators write it: <c>localhost</c> (a single-host dev cluster whose
/// primary silo keeps the membership, optionally <c>localhost:GATEWAYPORT</c> for clients) or a PostgreSQL
/// connection string (Orleans' ADO.NET clustering, and checkpoints in the same database).
/// </summary>
internal sealed record ClusterConnection
{
    /// <summary>The gateway port a localhost client connects to when none is given (Orleans' default).</summary>
    public const int DefaultGatewayPort = 30000;

    private ClusterConnection(string? postgres, int gatewayPort)
    {
        PostgresConnectionString = postgres;
        LocalhostGatewayPort = gatewayPort;
    }

    /// <summary>The PostgreSQL connection string, or null for localhost clustering.</summary>
    public string? PostgresConnectionString { get; }

    /// <summary>The gateway port of a localhost cluster's client.</summary>
    public int LocalhostGatewayPort { get; }

    /// <summary>Whether membership is in PostgreSQL.</summary>
    public bool IsPostgres => PostgresConnectionString is not null;

    /// <summary>Reads an operator's value; throws <see cref="FormatException"/> with what is allowed.</summary>
    public static ClusterConnection Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Trim();
        if (text.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return new ClusterConnection(null, DefaultGatewayPort);
        }

        if (text.StartsWith("localhost:", StringComparison.OrdinalIgnoreCase))
        {
            if (!int.TryParse(text.AsSpan("localhost:".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
            {
                throw new FormatException($"'{value}': allowed localhost, localhost:PORT (1-65535) or a PostgreSQL connection string");
            }

            return new ClusterConnection(null, port);
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(text);
            if (string.IsNullOrEmpty(builder.Host))
            {
                throw new FormatException("a PostgreSQL connection string needs Host=...");
            }

            return new ClusterConnection(builder.ConnectionString, 0);
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"'{Redact(value)}' is neither localhost[:PORT] nor a PostgreSQL connection string ({e.Message})", e);
        }
    }

    /// <summary>Host, port and database of a PostgreSQL connection string, never its password (for messages).</summary>
    public string Describe() => PostgresConnectionString is { } conn
        ? Describe(new NpgsqlConnectionStringBuilder(conn))
        : "localhost:" + LocalhostGatewayPort.ToString(CultureInfo.InvariantCulture);

    /// <summary>The address the host name resolves to first (IPv4 preferred), for silos that advertise it.</summary>
    public static IPAddress ResolveAdvertised(string hostOrAddress)
    {
        if (IPAddress.TryParse(hostOrAddress, out var address))
        {
            return address;
        }

        var addresses = Dns.GetHostAddresses(hostOrAddress);
        return addresses.FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
            ?? addresses.FirstOrDefault()
            ?? throw new FormatException($"'{hostOrAddress}' resolves to no address");
    }

    private static string Describe(NpgsqlConnectionStringBuilder b) =>
        $"PostgreSQL {b.Host}:{b.Port.ToString(CultureInfo.InvariantCulture)} database {b.Database ?? b.Username ?? "(default)"} as {b.Username ?? "(default user)"}";

    private static string Redact(string value) =>
        System.Text.RegularExpressions.Regex.Replace(value, "(?i)(password|pwd)\\s*=[^;]*", "$1=***");
}
