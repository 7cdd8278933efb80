using Sim.Model;
using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <summary>The kind of keys a keyed map accepts.</summary>
public enum SchemaKeyKind
{
    /// <summary>A month, <c>YYYY-MM</c>: time series and dated lever changes.</summary>
    Month,

    /// <summary>A region code from the scenario's region table (e.g. <c>AST</c>).</summary>
    Region,

    /// <summary>A citizenship group of arrivals (<c>KZ RU UZ KG TJ CN OTHER</c>).</summary>
    Origin,

    /// <summary>A profession group (<c>health it engineering …</c>).</summary>
    Profession,

    /// <summary>A free name (e.g. the name of a shock).</summary>
    Name,
}

/// <summary>One node of the scenario key tree: the single definition the loader validates against and the
/// JSON Schema is generated from.</summary>
public abstract class SchemaNode
{
    /// <summary>Creates a node with its documentation.</summary>
    protected SchemaNode(string description) => Description = description;

    /// <summary>What the key means, with its unit.</summary>
    public string Description { get; }
}

/// <summary>A map with a fixed set of keys.</summary>
public sealed class SchemaMap : SchemaNode
{
    /// <summary>Creates a map node.</summary>
    public SchemaMap(string description, IReadOnlyList<SchemaProperty> properties)
        : base(description) => Properties = properties;

    /// <summary>The keys the map accepts, in documentation order.</summary>
    public IReadOnlyList<SchemaProperty> Properties { get; }

    /// <summary>The property with this key, or null.</summary>
    public SchemaProperty? Find(string key)
    {
        foreach (var p in Properties)
        {
            if (p.Key == key)
            {
                return p;
            }
        }

        return null;
    }
}

/// <summary>A key of a <see cref="SchemaMap"/>.</summary>
/// <param name="Key">The YAML key.</param>
/// <param name="Node">The schema of its value.</param>
/// <param name="Required">Whether the fully resolved scenario must contain it.</param>
public sealed record SchemaProperty(string Key, SchemaNode Node, bool Required);

/// <summary>A map whose keys are months, regions, origins, professions or names, all with the same value schema.</summary>
public sealed class SchemaKeyedMap : SchemaNode
{
    /// <summary>Creates a keyed map node.</summary>
    public SchemaKeyedMap(string description, SchemaKeyKind keys, SchemaNode value, bool partialEntries, bool sharesSumToOne = false)
        : base(description)
    {
        Keys = keys;
        Value = value;
        PartialEntries = partialEntries;
        SharesSumToOne = sharesSumToOne;
    }

    /// <summary>True when the values are shares that must add up to 1.</summary>
    public bool SharesSumToOne { get; }

    /// <summary>What the keys are.</summary>
    public SchemaKeyKind Keys { get; }

    /// <summary>The schema of every value.</summary>
    public SchemaNode Value { get; }

    /// <summary>True for dated lever changes: an entry may set only some fields; the rest carry forward.</summary>
    public bool PartialEntries { get; }
}

/// <summary>A number with an allowed range.</summary>
public sealed class SchemaNumber : SchemaNode
{
    /// <summary>Creates a number node.</summary>
    public SchemaNumber(string description, double min, double max, bool integer, bool minExclusive)
        : base(description)
    {
        Min = min;
        Max = max;
        Integer = integer;
        MinExclusive = minExclusive;
    }

    /// <summary>The smallest allowed value.</summary>
    public double Min { get; }

    /// <summary>The largest allowed value.</summary>
    public double Max { get; }

    /// <summary>Whether only whole numbers are allowed.</summary>
    public bool Integer { get; }

    /// <summary>Whether <see cref="Min"/> itself is excluded.</summary>
    public bool MinExclusive { get; }

    /// <summary>The allowed range as text, e.g. <c>0..1</c> or <c>(0..1]</c>.</summary>
    public string Allowed =>
        MinExclusive
            ? FormattableString.Invariant($"greater than {Min} up to {Max}")
            : FormattableString.Invariant($"{Min}..{Max}") + (Integer ? " (whole number)" : string.Empty);
}

/// <summary>The scalar kinds that are not numbers.</summary>
public enum SchemaScalarKind
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary>A month, <c>YYYY-MM</c>.</summary>
    Month,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A file path relative to the scenario file that names it.</summary>
    Path,

    /// <summary>A region code.</summary>
    Region,

    /// <summary>A citizenship group.</summary>
    Origin,

    /// <summary>A profession group.</summary>
    Profession,

    /// <summary>One of <see cref="SchemaScalar.Choices"/>.</summary>
    Choice,
}

/// <summary>A scalar that is not a number.</summary>
public sealed class SchemaScalar : SchemaNode
{
    /// <summary>Creates a scalar node; <paramref name="choices"/> are the allowed values of a <see cref="SchemaScalarKind.Choice"/>.</summary>
    public SchemaScalar(string description, SchemaScalarKind kind, IReadOnlyList<string>? choices = null)
        : base(description)
    {
        Kind = kind;
        Choices = choices ?? [];
    }

    /// <summary>What the scalar holds.</summary>
    public SchemaScalarKind Kind { get; }

    /// <summary>The allowed values of a <see cref="SchemaScalarKind.Choice"/> (empty for other kinds).</summary>
    public IReadOnlyList<string> Choices { get; }
}

/// <summary>A list whose items share one schema; on <c>extends</c> a child list replaces the parent's.</summary>
public sealed class SchemaList : SchemaNode
{
    /// <summary>Creates a list node.</summary>
    public SchemaList(string description, SchemaNode item)
        : base(description) => Item = item;

    /// <summary>The schema of every item.</summary>
    public SchemaNode Item { get; }
}
