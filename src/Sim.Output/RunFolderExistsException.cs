namespace Sim.Output;

/// <summary>A run folder of ours already exists and the user did not ask to replace it.</summary>
public sealed class RunFolderExistsException : IOException
{
    /// <summary>Creates the exception for the existing run folder <paramref name="path"/>.</summary>
    public RunFolderExistsException(string path)
        : base($"the run folder '{path}' already exists; choose another --out folder or pass --force to replace that run")
    {
        Path = path;
    }

    /// <summary>The existing folder.</summary>
    public string Path { get; }
}
