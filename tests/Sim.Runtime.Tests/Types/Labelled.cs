namespace Sim.Runtime.Tests.Types;

/// <summary>A struct with a reference: serialized member by member.</summary>
public struct Labelled
{
    public string Label { get; set; }

    public int Value { get; set; }
}
