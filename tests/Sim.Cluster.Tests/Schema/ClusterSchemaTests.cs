using Sim.Testing.Postgres;

namespace Sim.Cluster.Tests.Schema;

public sealed class ClusterSchemaTests
{
    // The keys Microsoft.Orleans.Clustering.AdoNet and .Persistence.AdoNet 10.4.2 look up (strings in the assemblies).
    private static readonly string[] OrleansKeys =
    [
        "CleanupDefunctSiloEntriesKey", "CleanupDefunctSiloEntryKey", "ClearStorageKey", "DeleteMembershipTableEntriesKey",
        "DeleteStorageKey", "GatewaysQueryKey", "InsertMembershipKey", "InsertMembershipVersionKey", "MembershipReadAllKey",
        "MembershipReadRowKey", "ReadFromStorageKey", "UpdateIAmAlivetimeKey", "UpdateMembershipKey", "WriteToStorageKey",
    ];

    [Fact]
    public async Task Init_creates_the_tables_and_every_query_key_Orleans_looks_up()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync("schema_fresh");
        var report = await ClusterDatabase.InitializeAsync(database.ConnectionString);

        Assert.Equal(OrleansKeys, report.QueryKeys);
        Assert.Equal(1, report.SchemaVersion);
        Assert.Contains(database.Name, report.Target, StringComparison.Ordinal);
        var tables = await database.ScalarAsync<string>(
            "SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables WHERE table_schema = 'public'");
        Assert.Equal("orleansmembershiptable,orleansmembershipversiontable,orleansquery,orleansstorage,simclusterschema", tables);
        Assert.Equal("bytea", await database.ScalarAsync<string>(
            "SELECT data_type FROM information_schema.columns WHERE table_name = 'orleansstorage' AND column_name = 'payloadbinary'"));
    }

    [Fact]
    public async Task Init_twice_changes_nothing_and_keeps_the_rows()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync("schema_twice");
        await ClusterDatabase.InitializeAsync(database.ConnectionString);
        await database.ExecuteAsync("""
            INSERT INTO OrleansMembershipVersionTable (DeploymentId, Version) VALUES ('c1', 7);
            INSERT INTO OrleansMembershipTable (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
                VALUES ('c1', '10.0.0.1', 11111, 42, 'silo-a', 'host-a', 3, 30000, now(), now());
            INSERT INTO OrleansStorage (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, ServiceId, PayloadBinary, ModifiedOn, Version)
                VALUES (1, 2, 3, 4, 'region', 'sim', '\x0102'::bytea, now(), 5);
            """);

        var second = await ClusterDatabase.InitializeAsync(database.ConnectionString);

        Assert.Equal(OrleansKeys, second.QueryKeys);
        Assert.Equal(14, await database.ScalarAsync<int>("SELECT count(*) FROM OrleansQuery"));
        Assert.Equal(1, await database.ScalarAsync<int>("SELECT count(*) FROM SimClusterSchema"));
        Assert.Equal(5, await database.ScalarAsync<int>("SELECT count(*) FROM pg_proc WHERE proname LIKE 'sim_orleans_%'"));
        Assert.Equal(1, await database.ScalarAsync<int>("SELECT count(*) FROM pg_indexes WHERE tablename = 'orleansstorage'"));
        Assert.Equal(7, await database.ScalarAsync<int>("SELECT Version FROM OrleansMembershipVersionTable WHERE DeploymentId = 'c1'"));
        Assert.Equal("silo-a", await database.ScalarAsync<string>("SELECT SiloName FROM OrleansMembershipTable"));
        Assert.Equal(5, await database.ScalarAsync<int>("SELECT Version FROM OrleansStorage"));
    }

    [Fact]
    public async Task Two_inits_at_once_both_succeed()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync("schema_race");
        var reports = await Task.WhenAll(
            ClusterDatabase.InitializeAsync(database.ConnectionString),
            ClusterDatabase.InitializeAsync(database.ConnectionString));

        Assert.All(reports, r => Assert.Equal(OrleansKeys, r.QueryKeys));
        Assert.Equal(14, await database.ScalarAsync<int>("SELECT count(*) FROM OrleansQuery"));
    }

    [Fact]
    public async Task Init_over_an_older_Orleans_schema_adds_what_is_missing_and_keeps_the_rows()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync("schema_upgrade");
        // Shaped like an Orleans 1.x membership install: no SiloName column, queries in varchar(8000), no storage.
        await database.ExecuteAsync("""
            CREATE TABLE OrleansQuery (QueryKey varchar(64) NOT NULL, QueryText varchar(8000) NOT NULL, CONSTRAINT OrleansQuery_Key PRIMARY KEY (QueryKey));
            INSERT INTO OrleansQuery VALUES ('GatewaysQueryKey', 'SELECT 1'), ('MembershipReadAllKey', 'SELECT 2');
            CREATE TABLE OrleansMembershipVersionTable (DeploymentId varchar(150) NOT NULL PRIMARY KEY, Timestamp timestamptz(3) NOT NULL DEFAULT now(), Version integer NOT NULL DEFAULT 0);
            CREATE TABLE OrleansMembershipTable (
                DeploymentId varchar(150) NOT NULL REFERENCES OrleansMembershipVersionTable (DeploymentId), Address varchar(45) NOT NULL,
                Port integer NOT NULL, Generation integer NOT NULL, HostName varchar(150) NOT NULL, Status integer NOT NULL,
                ProxyPort integer NULL, SuspectTimes varchar(8000) NULL, StartTime timestamptz(3) NOT NULL, IAmAliveTime timestamptz(3) NOT NULL,
                PRIMARY KEY (DeploymentId, Address, Port, Generation));
            INSERT INTO OrleansMembershipVersionTable (DeploymentId, Version) VALUES ('old', 3);
            INSERT INTO OrleansMembershipTable VALUES ('old', '10.0.0.9', 11111, 1, 'host-old', 6, 0, NULL, now(), now());
            """);

        var report = await ClusterDatabase.InitializeAsync(database.ConnectionString);

        Assert.Equal(OrleansKeys, report.QueryKeys);
        Assert.Equal("", await database.ScalarAsync<string>("SELECT SiloName FROM OrleansMembershipTable WHERE DeploymentId = 'old'"));
        Assert.Equal(3, await database.ScalarAsync<int>("SELECT Version FROM OrleansMembershipVersionTable WHERE DeploymentId = 'old'"));
        Assert.Contains("ProxyPort > 0", await database.ScalarAsync<string>("SELECT QueryText FROM OrleansQuery WHERE QueryKey = 'GatewaysQueryKey'"), StringComparison.Ordinal);
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM OrleansStorage"));
    }
}
