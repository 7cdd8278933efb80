namespace Sim.Runtime.Tests.Types;

/// <summary>A mutable class with a parameterless constructor and setters.</summary>
public sealed class Settings
{
    public string? Name { get; set; }

    public TimeSpan Period { get; set; }

    public int[]? Weights { get; set; }

    public int Computed => Weights?.Length ?? 0;
}
