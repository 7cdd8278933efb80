using Sim.Runtime.Activation;

namespace Sim.Runtime;

/// <summary>The grain classes a silo hosts (and, for clients, the classes whose interfaces they call).</summary>
/// <remarks>Orleans counterpart: <c>Orleans.Configuration.GrainTypeOptions</c>.</remarks>
public sealed class GrainTypeOptions
{
    /// <summary>Grain classes: concrete subclasses of <see cref="Grain"/> implementing at least one grain interface.</summary>
    public ISet<Type> Classes { get; } = new HashSet<Type>();

    /// <summary>Adds every grain class of an assembly.</summary>
    /// <param name="assembly">The assembly to scan.</param>
    public void AddAssembly(System.Reflection.Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        foreach (var type in assembly.GetTypes())
        {
            if (type is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false } && typeof(Grain).IsAssignableFrom(type) && GrainClassRegistry.GrainInterfacesOf(type).Any())
            {
                Classes.Add(type);
            }
        }
    }
}
