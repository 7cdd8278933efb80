namespace Sim.Model.Scenarios;

/// <summary>
/// Declares a scenario parameter on the constructor parameter of the record that carries it: its YAML key, what
/// it means, its unit and its allowed values. This is the only declaration: the loader's schema and validation,
/// the binding to the record, the resolved YAML, <c>scenarios/scenario.schema.json</c>, the parameter tables of
/// docs/scenario-parameters.md and the calibration's parameter list are all derived from it.
/// </summary>
/// <param name="key">The YAML key (snake_case).</param>
/// <param name="doc">What the parameter means (one sentence).</param>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class ParameterAttribute(string key, string doc) : Attribute
{
    /// <summary>The YAML key.</summary>
    public string Key { get; } = key;

    /// <summary>What the parameter means.</summary>
    public string Doc { get; } = doc;

    /// <summary>Unit of the value (of each value of a series or keyed map), empty when dimensionless.</summary>
    public string Unit { get; set; } = string.Empty;

    /// <summary>Smallest allowed number (of each value of a series or keyed map).</summary>
    public double Min { get; set; } = double.NegativeInfinity;

    /// <summary>Largest allowed number.</summary>
    public double Max { get; set; } = double.PositiveInfinity;

    /// <summary>Whether <see cref="Min"/> itself is excluded.</summary>
    public bool MinExclusive { get; set; }

    /// <summary>A share: shorthand for <see cref="Min"/> 0 and <see cref="Max"/> 1.</summary>
    public bool Share
    {
        get => Min == 0 && Max == 1;
        set
        {
            if (value)
            {
                (Min, Max) = (0, 1);
            }
        }
    }

    /// <summary>Whether only whole numbers are allowed (implied for <see cref="int"/> and <see cref="ulong"/> values).</summary>
    public bool WholeNumber { get; set; }

    /// <summary>For keyed maps: the values are shares that add up to 1.</summary>
    public bool SumsToOne { get; set; }

    /// <summary>What the keys of a keyed map (or the items of a list of codes) are.</summary>
    public ParameterKeys Keys { get; set; }

    /// <summary>For text: the value is a file path relative to the scenario file that names it.</summary>
    public bool IsPath { get; set; }

    /// <summary>Whether the key may be absent (then the value is null).</summary>
    public bool Optional { get; set; }
}
