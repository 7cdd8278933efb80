namespace Sim.Runtime.Tests.Types;

/// <summary>A class with a C# primary constructor exposing its parameters as properties.</summary>
public sealed class Region(string code, int population)
{
    public string Code { get; } = code;

    public int Population { get; } = population;
}
