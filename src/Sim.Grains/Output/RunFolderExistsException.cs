namespace Sim.Grains.Output;

/// <summary>A run folder already exists and the user did not ask to replace it.</summary>
public sealed class RunFolderExistsException : IOException
{
    /// <summary>Creates the exception for the existing folder <paramref name="path"/>.</summary>
    public RunFolderExistsException(string path)
        : base($"The run folder '{path}' already exists; choose another --out folder or pass --force to replace it.")
    {
        Path = path;
    }

    /// <summary>The existing folder.</summary>
    public string Path { get; }
}
