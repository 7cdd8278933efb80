namespace Sim.Runtime;

/// <summary>
/// Overrides the grain type name of a grain class. By default the name is the class name without a
/// trailing "Grain", in lower case (<c>RegionGrain</c> becomes <c>region</c>).
/// </summary>
/// <remarks>Orleans counterpart: <c>Orleans.GrainTypeAttribute</c>.</remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class GrainTypeAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="name">The grain type name.</param>
    public GrainTypeAttribute(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>The grain type name.</summary>
    public string Name { get; }
}
