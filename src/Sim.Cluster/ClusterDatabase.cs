using Npgsql;

namespace Sim.Cluster;

/// <summary>Creates and inspects the cluster's schema in PostgreSQL.</summary>
public static class ClusterDatabase
{
    /// <summary>
    /// Applies <see cref="ClusterSchema.Script"/> in one transaction (all or nothing) and reports what the database
    /// holds afterwards. Idempotent. Every failure to connect or apply is a <see cref="ClusterDatabaseException"/>.
    /// </summary>
    public static async Task<ClusterSchemaReport> InitializeAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var target = ClusterConnectionTarget.Parse(connectionString);
        try
        {
            await using var connection = new NpgsqlConnection(target.Builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
            {
                await using var apply = new NpgsqlCommand(ClusterSchema.Script, connection, transaction);
                await apply.ExecuteNonQueryAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            return await ReadReportAsync(connection, target, cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw target.Explain(e);
        }
    }

    /// <summary>
    /// Silos the membership table holds as active (Orleans' <c>SiloStatus.Active</c>), counted by cluster id: what a
    /// client checks before it waits for a gateway (a killed silo stays active here until the others declare it dead).
    /// Every failure to connect or read (the schema missing, too) is a <see cref="ClusterDatabaseException"/>.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, int>> ActiveSilosAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        const int Active = 3;
        var target = ClusterConnectionTarget.Parse(connectionString);
        try
        {
            await using var connection = new NpgsqlConnection(target.Builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand(
                "SELECT DeploymentId, count(*)::int FROM OrleansMembershipTable WHERE Status = @active GROUP BY DeploymentId", connection);
            command.Parameters.AddWithValue("active", Active);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var silos = new Dictionary<string, int>(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken))
            {
                silos[reader.GetString(0)] = reader.GetInt32(1);
            }

            return silos;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw target.Explain(e);
        }
    }

    private static async Task<ClusterSchemaReport> ReadReportAsync(NpgsqlConnection connection, ClusterConnectionTarget target, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT max(Version) FROM SimClusterSchema), array(SELECT QueryKey::text FROM OrleansQuery ORDER BY QueryKey COLLATE \"C\")",
            connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new ClusterSchemaReport(target.Description, reader.GetInt32(0), reader.GetFieldValue<string[]>(1));
    }
}
