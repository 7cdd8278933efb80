using System.Net.Sockets;
using Npgsql;

namespace Sim.Cluster;

/// <summary>
/// A PostgreSQL connection string and its printable description (<c>host:port/database as user</c>, never the
/// password); turns the driver's failures into <see cref="ClusterDatabaseException"/> lines.
/// </summary>
public sealed class ClusterConnectionTarget
{
    private ClusterConnectionTarget(NpgsqlConnectionStringBuilder builder)
    {
        Builder = builder;
        var host = string.IsNullOrWhiteSpace(builder.Host) ? "localhost" : builder.Host;
        var database = string.IsNullOrWhiteSpace(builder.Database) ? builder.Username ?? "(default)" : builder.Database;
        Description = $"PostgreSQL {host}:{builder.Port}/{database} as user '{builder.Username ?? Environment.UserName}'";
    }

    /// <summary>The parsed connection string.</summary>
    public NpgsqlConnectionStringBuilder Builder { get; }

    /// <summary><c>PostgreSQL host:port/database as user 'name'</c>.</summary>
    public string Description { get; }

    /// <summary>Parses <paramref name="connectionString"/>; a malformed one is a <see cref="ClusterDatabaseException"/>.</summary>
    public static ClusterConnectionTarget Parse(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ClusterDatabaseException("the membership connection string is empty; expected e.g. \"Host=db1;Port=5432;Username=sim;Password=...;Database=sim\"");
        }

        try
        {
            return new ClusterConnectionTarget(new NpgsqlConnectionStringBuilder(connectionString));
        }
        catch (ArgumentException e)
        {
            // The builder names the offending keyword, not its value, so the message cannot leak a password.
            throw new ClusterDatabaseException($"the membership connection string is not a valid PostgreSQL connection string: {FirstLine(e.Message)}; expected keys such as Host, Port, Username, Password, Database", e);
        }
    }

    /// <summary>Translates a driver failure while using this database into one clear line.</summary>
    public ClusterDatabaseException Explain(Exception failure)
    {
        var user = Builder.Username ?? Environment.UserName;
        var message = failure switch
        {
            PostgresException { SqlState: PostgresErrorCodes.InvalidPassword } =>
                $"{Description}: password authentication failed for user '{user}'",
            PostgresException { SqlState: PostgresErrorCodes.InvalidAuthorizationSpecification } e =>
                $"{Description}: the server refused the login: {e.MessageText}",
            PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } =>
                $"{Description}: database '{Builder.Database}' does not exist (create it first, e.g. createdb {Builder.Database})",
            PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege } e =>
                $"{Description}: user '{user}' lacks a privilege the schema needs: {e.MessageText}",
            PostgresException { SqlState: PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.UndefinedFunction } e =>
                $"{Description}: the cluster schema is missing ({e.MessageText}); run `sim cluster init --membership \"...\"` on it first",
            PostgresException e =>
                $"{Description}: {e.MessageText} (SQLSTATE {e.SqlState})",
            NpgsqlException { InnerException: SocketException s } =>
                $"cannot reach {Description}: {s.Message}",
            NpgsqlException { InnerException: TimeoutException } or TimeoutException =>
                $"cannot reach {Description}: no answer within {Builder.Timeout} s",
            NpgsqlException e when e.InnerException is not null =>
                $"cannot use {Description}: {FirstLine(e.Message)}: {FirstLine(e.InnerException.Message)}",
            _ => $"cannot use {Description}: {FirstLine(failure.Message)}",
        };
        return new ClusterDatabaseException(message, failure);
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }
}
