namespace Sim.Cluster;

/// <summary>
/// The cluster's database cannot be used: unreachable, refused the login, missing, or refused the schema. The
/// message is one line naming host, port, database and user (never the password) and what went wrong.
/// </summary>
public sealed class ClusterDatabaseException : Exception
{
    /// <summary>Creates the exception with its one-line message.</summary>
    public ClusterDatabaseException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its one-line message and the driver's exception.</summary>
    public ClusterDatabaseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception without a message (serializers, tests).</summary>
    public ClusterDatabaseException()
    {
    }
}
