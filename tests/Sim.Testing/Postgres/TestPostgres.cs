using Npgsql;

namespace Sim.Testing.Postgres;

/// <summary>
/// The throwaway PostgreSQL server that <c>./test.sh</c> starts (tests/setup/postgres.sh) and names in the
/// <see cref="VariableName"/> environment variable. Tests never share a database: each asks
/// <see cref="CreateDatabaseAsync"/> for a fresh one. Without the variable a test fails (never skips), in CI and out.
/// </summary>
public static class TestPostgres
{
    /// <summary>The environment variable with the Npgsql connection string of the server's maintenance database.</summary>
    public const string VariableName = "SIM_TEST_POSTGRES";

    /// <summary>The connection string of the server's maintenance database (<c>postgres</c>).</summary>
    /// <exception cref="InvalidOperationException">The variable is not set.</exception>
    public static string ServerConnectionString
    {
        get
        {
            var value = Environment.GetEnvironmentVariable(VariableName);
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value;
            }

            var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
            throw new InvalidOperationException(ci
                ? $"{VariableName} is not set: in CI this test needs the throwaway PostgreSQL that ./test.sh starts (tests/setup/postgres.sh)"
                : $"{VariableName} is not set: run the tests with ./test.sh, or start a server with eval \"$(tests/setup/postgres.sh start)\" before dotnet test");
        }
    }

    /// <summary>
    /// Creates an empty database with a unique name on the test server; dispose the result to drop it.
    /// <paramref name="purpose"/> (letters, digits, underscores) goes into the name to tell databases apart in logs.
    /// </summary>
    public static async Task<TestDatabase> CreateDatabaseAsync(string purpose = "test")
    {
        var server = ServerConnectionString;
        var name = DatabaseName(purpose);
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(name, builder.ConnectionString, server);
    }

    /// <summary><c>sim_test_PURPOSE_GUID</c>, lower case, at most PostgreSQL's 63 bytes.</summary>
    private static string DatabaseName(string purpose)
    {
        var clean = new string([.. purpose.ToLowerInvariant().Where(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_')]);
        var unique = Guid.NewGuid().ToString("N");
        var prefix = "sim_test_" + (clean.Length > 20 ? clean[..20] : clean);
        return prefix + "_" + unique;
    }
}
