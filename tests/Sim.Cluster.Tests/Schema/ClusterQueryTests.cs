using Npgsql;
using Sim.Testing.Postgres;

namespace Sim.Cluster.Tests.Schema;

/// <summary>
/// The stored queries run as Orleans runs them (text from OrleansQuery, parameters by name): the optimistic
/// concurrency they promise, checked one call at a time against hand-worked expectations.
/// </summary>
public sealed class ClusterQueryTests
{
    private static readonly DateTime Now = new(2026, 12, 4, 7, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Membership_changes_with_a_stale_version_change_nothing()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync("queries_membership");
        await ClusterDatabase.InitializeAsync(database.ConnectionString);
        await using var connection = await database.OpenAsync();

        Assert.Equal(1, await RunAsync(connection, "InsertMembershipVersionKey", ("DeploymentId", "c")));
        Assert.Equal(0, await RunAsync(connection, "InsertMembershipVersionKey", ("DeploymentId", "c")));

        Assert.Equal(1, await InsertSiloAsync(connection, generation: 1, version: 0));
        Assert.Equal(0, await InsertSiloAsync(connection, generation: 2, version: 0)); // version is 1 now
        Assert.Equal(0, await InsertSiloAsync(connection, generation: 1, version: 1)); // that silo exists
        Assert.Equal(1, await InsertSiloAsync(connection, generation: 2, version: 1));

        Assert.Equal(0, await UpdateSiloAsync(connection, generation: 1, status: 6, version: 1));
        Assert.Equal(0, await UpdateSiloAsync(connection, generation: 9, status: 6, version: 2)); // no such silo
        Assert.Equal(1, await UpdateSiloAsync(connection, generation: 1, status: 6, version: 2));

        Assert.Equal("1:6,2:3 v3", await database.ScalarAsync<string>(
            "SELECT string_agg(Generation || ':' || Status, ',' ORDER BY Generation) || ' v' || (SELECT Version FROM OrleansMembershipVersionTable) FROM OrleansMembershipTable"));
    }

    [Fact]
    public async Task Storage_writes_need_the_current_version()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync("queries_storage");
        await ClusterDatabase.InitializeAsync(database.ConnectionString);
        await using var connection = await database.OpenAsync();

        Assert.Equal(1, await WriteAsync(connection, version: null, payload: [1]));
        Assert.Null(await WriteAsync(connection, version: null, payload: [2])); // exists: a blind insert conflicts
        Assert.Equal(2, await WriteAsync(connection, version: 1, payload: [3]));
        Assert.Equal(1, await WriteAsync(connection, version: 1, payload: [4])); // stale: returns what it was given
        Assert.Equal(@"\x03 v2", await database.ScalarAsync<string>("SELECT PayloadBinary::text || ' v' || Version FROM OrleansStorage"));
    }

    private static Task<int?> InsertSiloAsync(NpgsqlConnection connection, int generation, int version) => RunAsync(connection, "InsertMembershipKey",
        ("DeploymentId", "c"), ("Address", "10.0.0.1"), ("Port", 11111), ("Generation", generation), ("SiloName", "s"), ("HostName", "h"),
        ("Status", 3), ("ProxyPort", 30000), ("StartTime", Now), ("IAmAliveTime", Now), ("Version", version));

    private static Task<int?> UpdateSiloAsync(NpgsqlConnection connection, int generation, int status, int version) => RunAsync(connection, "UpdateMembershipKey",
        ("DeploymentId", "c"), ("Address", "10.0.0.1"), ("Port", 11111), ("Generation", generation), ("Status", status),
        ("SuspectTimes", DBNull.Value), ("IAmAliveTime", Now), ("Version", version));

    private static Task<int?> WriteAsync(NpgsqlConnection connection, int? version, byte[] payload) => RunAsync(connection, "WriteToStorageKey",
        ("GrainIdHash", 7), ("GrainIdN0", 1L), ("GrainIdN1", 2L), ("GrainTypeHash", 8), ("GrainTypeString", "region"),
        ("GrainIdExtensionString", "run/3"), ("ServiceId", "sim"), ("GrainStateVersion", version is null ? DBNull.Value : version.Value), ("PayloadBinary", payload));

    /// <summary>Runs the stored query <paramref name="key"/> and returns its first column of its first row.</summary>
    private static async Task<int?> RunAsync(NpgsqlConnection connection, string key, params (string Name, object Value)[] parameters)
    {
        string text;
        await using (var lookup = new NpgsqlCommand("SELECT QueryText FROM OrleansQuery WHERE QueryKey = @key", connection))
        {
            lookup.Parameters.AddWithValue("key", key);
            text = (string)(await lookup.ExecuteScalarAsync())!;
        }

        await using var command = new NpgsqlCommand(text, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(value is DBNull
                ? new NpgsqlParameter(name, name == "GrainStateVersion" ? NpgsqlTypes.NpgsqlDbType.Integer : NpgsqlTypes.NpgsqlDbType.Text) { Value = value }
                : new NpgsqlParameter(name, value));
        }

        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? null : Convert.ToInt32(result, System.Globalization.CultureInfo.InvariantCulture);
    }
}
