namespace Sim.Model.Scenarios;

/// <summary>What a record of parameters (a map of keys in a scenario file) is, for the schema and the docs.</summary>
/// <param name="doc">One sentence, with the formula the section's parameters enter where there is one.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class ParameterSectionAttribute(string doc) : Attribute
{
    /// <summary>What the section is.</summary>
    public string Doc { get; } = doc;
}
