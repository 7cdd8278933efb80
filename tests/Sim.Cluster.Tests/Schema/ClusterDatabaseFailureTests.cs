using System.Net;
using System.Net.Sockets;
using Npgsql;
using Sim.Testing.Postgres;

namespace Sim.Cluster.Tests.Schema;

public sealed class ClusterDatabaseFailureTests
{
    private static NpgsqlConnectionStringBuilder Server => new(TestPostgres.ServerConnectionString);

    [Fact]
    public async Task A_wrong_password_names_host_port_database_and_user_but_not_the_password()
    {
        var builder = Server;
        builder.Password = "not-the-password-" + Guid.NewGuid().ToString("N");

        var e = await Assert.ThrowsAsync<ClusterDatabaseException>(() => ClusterDatabase.InitializeAsync(builder.ConnectionString));

        Assert.Equal($"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database} as user '{builder.Username}': password authentication failed for user '{builder.Username}'", e.Message);
        Assert.DoesNotContain(builder.Password, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_database_is_named()
    {
        var builder = Server;
        builder.Database = "sim_missing_" + Guid.NewGuid().ToString("N");

        var e = await Assert.ThrowsAsync<ClusterDatabaseException>(() => ClusterDatabase.InitializeAsync(builder.ConnectionString));

        Assert.StartsWith($"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database} as user '{builder.Username}': database '{builder.Database}' does not exist", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(builder.Password!, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_server_is_named()
    {
        var builder = Server;
        builder.Port = ClosedLoopbackPort();

        var e = await Assert.ThrowsAsync<ClusterDatabaseException>(() => ClusterDatabase.InitializeAsync(builder.ConnectionString));

        Assert.StartsWith($"cannot reach PostgreSQL {builder.Host}:{builder.Port}/{builder.Database} as user '{builder.Username}': ", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(builder.Password!, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_connection_string_names_the_key()
    {
        var e = await Assert.ThrowsAsync<ClusterDatabaseException>(() => ClusterDatabase.InitializeAsync("Hots=db1;Password=secret-value"));

        Assert.Contains("hots", e.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secret-value", e.Message, StringComparison.Ordinal);
    }

    /// <summary>A loopback port that was just bound and released: nothing listens on it.</summary>
    private static int ClosedLoopbackPort()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)listener.LocalEndPoint!).Port;
    }
}
