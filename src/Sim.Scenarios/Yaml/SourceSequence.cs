namespace Sim.Scenarios;

/// <summary>A sequence.</summary>
internal sealed class SourceSequence(string file, int line, int column, IReadOnlyList<SourceNode> items) : SourceNode(file, line, column)
{
    public IReadOnlyList<SourceNode> Items { get; } = items;

    public override string Describe() => "a list";
}
