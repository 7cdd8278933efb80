namespace Sim.Output;

/// <summary>
/// A run cannot be written where it was asked to go, and nothing was changed there: the path is empty, a file or
/// a folder that is not a run of ours, another run holds it, or it cannot be created. The message is one line.
/// </summary>
public sealed class RunFolderRefusedException : IOException
{
    /// <summary>Creates the exception with a one-line <paramref name="message"/>.</summary>
    public RunFolderRefusedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line <paramref name="message"/> and its cause.</summary>
    public RunFolderRefusedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
