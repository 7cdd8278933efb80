namespace Sim.Host.Cli;

/// <summary>
/// Bad input to a command (an option out of range, a missing folder): the message is one line saying what was
/// given and what is allowed. <see cref="CommandGuard"/> prints it and exits 2. Programming errors are never this.
/// </summary>
internal sealed class UserInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public UserInputException()
    {
    }

    /// <summary>Creates the exception with its one-line message.</summary>
    public UserInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    public UserInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
