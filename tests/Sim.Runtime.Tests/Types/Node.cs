namespace Sim.Runtime.Tests.Types;

public sealed class Node
{
    public int Value { get; set; }

    public Node? Next { get; set; }
}
