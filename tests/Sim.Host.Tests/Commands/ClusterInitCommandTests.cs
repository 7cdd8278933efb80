using Npgsql;
using Sim.Host.Tests.Infrastructure;
using Sim.Testing.Postgres;

namespace Sim.Host.Tests.Commands;

public sealed class ClusterInitCommandTests
{
    [Fact]
    public async Task Init_twice_succeeds_both_times_with_the_same_report()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync("cli_init");
        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        var expected = $"PostgreSQL {builder.Host}:{builder.Port}/{database.Name} as user '{builder.Username}': cluster schema version 1 ready (membership and grain storage tables, 14 Orleans queries){Environment.NewLine}";

        var first = await CliHarness.RunAsync(["cluster", "init", "--membership", database.ConnectionString]);
        var second = await CliHarness.RunAsync(["cluster", "init", "--membership", database.ConnectionString]);

        Assert.Equal((0, expected, ""), first);
        Assert.Equal((0, expected, ""), second);
        Assert.Equal(14, await database.ScalarAsync<int>("SELECT count(*) FROM OrleansQuery"));
    }

    [Fact]
    public async Task A_wrong_password_is_one_line_naming_the_server_and_exit_code_2()
    {
        var builder = new NpgsqlConnectionStringBuilder(TestPostgres.ServerConnectionString) { Password = "wrong-" + Guid.NewGuid().ToString("N") };

        var (code, output, error) = await CliHarness.RunAsync(["cluster", "init", "--membership", builder.ConnectionString]);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal(
            $"sim: cluster init: PostgreSQL {builder.Host}:{builder.Port}/{builder.Database} as user '{builder.Username}': password authentication failed for user '{builder.Username}'{Environment.NewLine}",
            error);
    }

    [Fact]
    public async Task Without_membership_it_is_refused_with_exit_code_2()
    {
        var (code, _, error) = await CliHarness.RunAsync(["cluster", "init"]);

        Assert.Equal(2, code);
        Assert.Contains("--membership", error, StringComparison.Ordinal);
    }
}
