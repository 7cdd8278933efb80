namespace Sim.Runtime;

/// <summary>
/// Stands in for an exception thrown by a grain on another silo whose type could not be re-created on the
/// caller's side (unknown type or no constructor taking a message). Carries the original type name and message.
/// </summary>
public sealed class RemoteGrainException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RemoteGrainException()
    {
        OriginalTypeName = string.Empty;
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public RemoteGrainException(string message)
        : base(message)
    {
        OriginalTypeName = string.Empty;
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RemoteGrainException(string message, Exception innerException)
        : base(message, innerException)
    {
        OriginalTypeName = string.Empty;
    }

    /// <summary>Creates the exception for a remote exception of the given type.</summary>
    /// <param name="originalTypeName">Full name of the remote exception's type.</param>
    /// <param name="message">The remote exception's message.</param>
    /// <param name="innerException">The cause, if any.</param>
    public RemoteGrainException(string originalTypeName, string message, Exception? innerException)
        : base(message, innerException)
    {
        OriginalTypeName = originalTypeName;
    }

    /// <summary>Full name of the type of the exception thrown on the remote silo.</summary>
    public string OriginalTypeName { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{nameof(RemoteGrainException)} ({OriginalTypeName}): {Message}";
}
