using Npgsql;
using Sim.Host.Tests.Infrastructure;
using Sim.Testing.Postgres;

namespace Sim.Host.Tests.Cluster;

/// <summary>
/// What an operator gets wrong, against the real <c>sim</c> process: one line naming what and where, exit 2 (3 for a
/// cluster lost mid-run), no stack trace, and no run folder left behind.
/// </summary>
[Collection(ProcessClusterCollection.Name)]
public sealed class ClusterBadInputProcessTests : IDisposable
{
    private readonly TempFolder _folder = new("cluster-bad-input");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Unreachable_postgres_is_one_line_for_silo_run_and_status()
    {
        var port = FreePorts.Find(1)[0].ToString(System.Globalization.CultureInfo.InvariantCulture);
        var nowhere = $"Host=127.0.0.1;Port={port};Username=sim;Password=secret;Database=simcluster";
        var expected = $"cannot reach PostgreSQL 127.0.0.1:{port}/simcluster as user 'sim'";
        AssertOneLine(await SiloAsync(nowhere), "sim silo: --membership " + expected);
        AssertRunRefused(await RunAsync(nowhere), expected);
        AssertOneLine(await SimProcess.RunAsync(_folder.Path, "cluster", "status", "--cluster", nowhere), expected);
    }

    [Fact]
    public async Task Wrong_password_is_one_line_for_silo_and_run()
    {
        await using var db = await InitialisedAsync("badpassword");
        var wrong = new NpgsqlConnectionStringBuilder(db.ConnectionString) { Password = "not-the-password" }.ConnectionString;
        AssertOneLine(await SiloAsync(wrong), "password authentication failed for user 'sim'");
        AssertRunRefused(await RunAsync(wrong), "password authentication failed for user 'sim'");
        Assert.DoesNotContain("not-the-password", (await RunAsync(wrong)).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_schema_is_one_line_for_silo_and_run()
    {
        await using var db = await TestPostgres.CreateDatabaseAsync("noschema");
        AssertOneLine(await SiloAsync(db.ConnectionString), $"/{db.Name} as user 'sim': the cluster schema is missing");
        AssertRunRefused(await RunAsync(db.ConnectionString), "run `sim cluster init --membership");
    }

    [Fact]
    public async Task Silo_port_in_use_is_one_line()
    {
        await using var db = await InitialisedAsync("portinuse");
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Any, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var free = FreePorts.Find(1)[0].ToString(System.Globalization.CultureInfo.InvariantCulture);
        AssertOneLine(await SimProcess.RunAsync(_folder.Path, "silo", "--membership", db.ConnectionString, "--silo-port", free, "--gateway-port", port),
            $"sim silo: --gateway-port {port}: the port is already in use on this host");
    }

    [Fact]
    public async Task Cluster_without_silos_is_one_line()
    {
        await using var db = await InitialisedAsync("nosilos");
        AssertRunRefused(await RunAsync(db.ConnectionString), $"database {db.Name} as sim lists no active silo: start `sim silo");
    }

    [Fact]
    public async Task Client_of_another_cluster_id_is_told_which_ids_have_silos()
    {
        await using var cluster = await ProcessCluster.StartAsync("otherid", 1);
        var (code, output) = await SimProcess.RunAsync(_folder.Path, "run", CliHarness.SmallScenario, "--end", "2023-02", "--out", _folder.Combine("run"),
            "--cluster", cluster.Connection, "--cluster-id", "elsewhere");
        AssertRunRefused((code, output), "lists no active silo of cluster id 'elsewhere'; it has active silos of cluster id 'sim' (1)");
    }

    [Fact]
    public async Task Cluster_lost_mid_run_exits_3_and_writes_nothing()
    {
        await using var cluster = await ProcessCluster.StartAsync("lost", 1);
        var folder = _folder.Combine("run");
        using var run = cluster.SubmitRun(folder, "--end", FailoverReference.End, "--checkpoint-months", "6");
        await run.WaitForLineAsync(FailoverReference.AfterCheckpoint);
        await cluster.Silos[0].KillAsync();

        Assert.Equal(3, await run.WaitForExitAsync(TimeSpan.FromMinutes(2)));
        Assert.Contains("sim run: cluster sim (PostgreSQL", run.Output, StringComparison.Ordinal);
        Assert.Contains("went away during the run", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    private static async Task<TestDatabase> InitialisedAsync(string purpose)
    {
        var db = await TestPostgres.CreateDatabaseAsync(purpose);
        using var folder = new TempFolder(purpose);
        var (code, output) = await SimProcess.RunAsync(folder.Path, "cluster", "init", "--membership", db.ConnectionString);
        Assert.True(code == 0, output);
        return db;
    }

    private Task<(int ExitCode, string Output)> SiloAsync(string membership)
    {
        var ports = FreePorts.Find(2).Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return SimProcess.RunAsync(_folder.Path, "silo", "--membership", membership, "--silo-port", ports[0], "--gateway-port", ports[1]);
    }

    private Task<(int ExitCode, string Output)> RunAsync(string cluster) =>
        SimProcess.RunAsync(_folder.Path, "run", CliHarness.SmallScenario, "--end", "2023-02", "--out", _folder.Combine("run"), "--cluster", cluster);

    /// <summary>Exit 2 and a single line of output that contains <paramref name="expected"/>.</summary>
    private static void AssertOneLine((int ExitCode, string Output) result, string expected)
    {
        Assert.True(result.ExitCode == 2, result.Output);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, result.Output);
        Assert.Contains(expected, lines[0], StringComparison.Ordinal);
    }

    /// <summary>Exit 2, the run's one error line naming <paramref name="expected"/>, no stack trace, no run folder.</summary>
    private void AssertRunRefused((int ExitCode, string Output) result, string expected)
    {
        Assert.True(result.ExitCode == 2, result.Output);
        var errors = result.Output.Split('\n').Where(l => l.StartsWith("sim run: ", StringComparison.Ordinal)).ToList();
        var error = Assert.Single(errors);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.EndsWith("nothing was written", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder.Combine("run")), result.Output);
    }
}
