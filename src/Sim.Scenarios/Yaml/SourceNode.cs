namespace Sim.Scenarios;

/// <summary>A node of a scenario document with the file and position it was read from.</summary>
internal abstract class SourceNode(string file, int line, int column)
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public int Column { get; } = column;

    public abstract string Describe();
}
