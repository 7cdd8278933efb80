namespace Sim.Runtime;

/// <summary>
/// Thrown to a caller whose request was sent to a silo that is unreachable, shut down or declared dead
/// before a response arrived. The request may or may not have been executed; retrying is safe only for
/// idempotent calls. A later call is placed on a live silo once membership has declared the silo dead.
/// </summary>
/// <remarks>Orleans counterpart: <c>Orleans.Runtime.SiloUnavailableException</c>.</remarks>
public sealed class SiloUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SiloUnavailableException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public SiloUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public SiloUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
