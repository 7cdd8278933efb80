using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Runtime;
using Sim.Testing.Postgres;

namespace Sim.Cluster.Tests.Orleans;

/// <summary>Orleans' ADO.NET clustering (10.4.2, Npgsql) running on the project's schema in a real PostgreSQL.</summary>
public sealed class AdoNetMembershipTests
{
    private const int Active = 3;
    private const int Dead = 6;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Two_silos_form_a_cluster_see_each_other_active_and_a_client_finds_the_gateways()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync("membership");
        await ClusterDatabase.InitializeAsync(database.ConnectionString);
        var errors = new ErrorLog();
        var clusterId = "membership-" + Guid.NewGuid().ToString("N");
        using var first = TestSilo.Build(database.ConnectionString, clusterId, "silo-a", errors);
        using var second = TestSilo.Build(database.ConnectionString, clusterId, "silo-b", errors);
        await first.StartAsync();
        await second.StartAsync();

        Assert.True(await Eventually.HoldsAsync(() => Task.FromResult(ActiveNames(first) == "silo-a,silo-b" && ActiveNames(second) == "silo-a,silo-b"), Timeout),
            $"silo-a sees [{ActiveNames(first)}], silo-b sees [{ActiveNames(second)}]\n{errors}");
        Assert.Equal("silo-a 3 gateway,silo-b 3 gateway", await database.ScalarAsync<string>(
            $"SELECT string_agg(SiloName || ' ' || Status || CASE WHEN ProxyPort > 0 THEN ' gateway' ELSE '' END, ',' ORDER BY SiloName) FROM OrleansMembershipTable WHERE DeploymentId = '{clusterId}'"));

        // A client discovers the gateways through GatewaysQueryKey and asks the cluster who is in it.
        using (var client = TestSilo.BuildClient(database.ConnectionString, clusterId))
        {
            await client.StartAsync();
            var hosts = await client.Services.GetRequiredService<IClusterClient>().GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
            Assert.Equal(2, hosts.Count);
            await client.StopAsync();
        }

        await second.StopAsync();
        Assert.Equal(Dead, await database.ScalarAsync<int>($"SELECT Status FROM OrleansMembershipTable WHERE DeploymentId = '{clusterId}' AND SiloName = 'silo-b'"));
        Assert.True(await Eventually.HoldsAsync(() => Task.FromResult(ActiveNames(first) == "silo-a"), Timeout), $"silo-a sees [{ActiveNames(first)}]\n{errors}");
        await first.StopAsync();
        Assert.Equal(Dead, await database.ScalarAsync<int>($"SELECT max(Status) FROM OrleansMembershipTable WHERE DeploymentId = '{clusterId}'"));
        Assert.DoesNotContain(errors.Entries, e => e.StartsWith("Error", StringComparison.Ordinal));
    }

    // Orleans 10.4.2 deletes dead silos one by one with CleanupDefunctSiloEntryKey where the schema has it, else all
    // at once with CleanupDefunctSiloEntriesKey: each run disables the other query, so the deletion proves this one.
    [Theory]
    [InlineData("CleanupDefunctSiloEntryKey")]
    [InlineData("CleanupDefunctSiloEntriesKey")]
    public async Task A_dead_silo_s_row_is_cleaned_up_by_the_defunct_silo_query(string queryKey)
    {
        await using var database = await TestPostgres.CreateDatabaseAsync("defunct");
        await ClusterDatabase.InitializeAsync(database.ConnectionString);
        await database.ExecuteAsync(queryKey == "CleanupDefunctSiloEntryKey"
            ? "UPDATE OrleansQuery SET QueryText = 'SELECT 1' WHERE QueryKey = 'CleanupDefunctSiloEntriesKey'"
            : "DELETE FROM OrleansQuery WHERE QueryKey = 'CleanupDefunctSiloEntryKey'");
        var errors = new ErrorLog();
        var clusterId = "defunct-" + Guid.NewGuid().ToString("N");
        // Every dead silo is defunct at once, so the first membership change after a death removes its row.
        using var first = TestSilo.Build(database.ConnectionString, clusterId, "silo-a", errors, silo => silo.Configure<ClusterMembershipOptions>(o =>
        {
            o.DefunctSiloExpiration = TimeSpan.Zero;
            o.DefunctSiloMinimumRetention = TimeSpan.Zero;
            o.DefunctSiloCleanupPeriod = TimeSpan.FromMilliseconds(100);
        }));
        using var second = TestSilo.Build(database.ConnectionString, clusterId, "silo-b", errors);
        await first.StartAsync();
        await second.StartAsync();
        Assert.True(await Eventually.HoldsAsync(() => Task.FromResult(ActiveNames(first) == "silo-a,silo-b"), Timeout), $"silo-a sees [{ActiveNames(first)}]\n{errors}");

        await second.StopAsync();

        Assert.True(await Eventually.HoldsAsync(
            async () => await database.ScalarAsync<string>($"SELECT coalesce(string_agg(SiloName || ' ' || Status, ','), '') FROM OrleansMembershipTable WHERE DeploymentId = '{clusterId}'") == "silo-a 3",
            Timeout), $"rows: {await database.ScalarAsync<string>($"SELECT coalesce(string_agg(SiloName || ' ' || Status, ','), '') FROM OrleansMembershipTable WHERE DeploymentId = '{clusterId}'")}\n{errors}");
        await first.StopAsync();
        Assert.DoesNotContain(errors.Entries, e => e.StartsWith("Error", StringComparison.Ordinal));
    }

    private static string ActiveNames(IHost silo) => string.Join(',', silo.Services.GetRequiredService<IClusterMembershipService>().CurrentSnapshot.Members.Values
        .Where(m => m.Status == SiloStatus.Active).Select(m => m.Name).Order(StringComparer.Ordinal));
}
