using Npgsql;

namespace Sim.Testing.Postgres;

/// <summary>A database of its own for one test on the throwaway server; disposing it drops the database.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _serverConnectionString;

    internal TestDatabase(string name, string connectionString, string serverConnectionString)
    {
        Name = name;
        ConnectionString = connectionString;
        _serverConnectionString = serverConnectionString;
    }

    /// <summary>The database's name.</summary>
    public string Name { get; }

    /// <summary>An Npgsql connection string to this database (the server's user, who owns it).</summary>
    public string ConnectionString { get; }

    /// <summary>Opens a connection to this database.</summary>
    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Runs <paramref name="sql"/> (no parameters) and returns the first column of the first row.</summary>
    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? throw new InvalidOperationException($"no value from: {sql}") : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs <paramref name="sql"/> (no parameters, several statements allowed).</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Drops the database, closing whatever connections a test left open (pooled ones included).</summary>
    public async ValueTask DisposeAsync()
    {
        await using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
