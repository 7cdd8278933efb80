namespace Sim.Output;

/// <summary>What is at the path a run is asked to write to.</summary>
public enum RunFolderTarget
{
    /// <summary>Nothing: the run creates the folder.</summary>
    Missing,

    /// <summary>An empty folder (not a link): the run may take its place.</summary>
    EmptyFolder,

    /// <summary>A run folder written by sim (its manifest carries our marker): <c>--force</c> may replace it.</summary>
    RunFolder,

    /// <summary>A folder that is not a run of ours: never replaced.</summary>
    OtherFolder,

    /// <summary>A file, a device, a pipe or a link: never replaced.</summary>
    NotAFolder,
}
