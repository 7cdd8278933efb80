namespace Sim.Host.Cluster;

/// <summary>A client found no silo to talk to: none active under its cluster id, or none answering in time. The message is one line.</summary>
internal sealed class ClusterUnavailableException : Exception
{
    /// <summary>Creates the exception with its one-line message.</summary>
    public ClusterUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its one-line message and the cause.</summary>
    public ClusterUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception without a message.</summary>
    public ClusterUnavailableException()
    {
    }
}
