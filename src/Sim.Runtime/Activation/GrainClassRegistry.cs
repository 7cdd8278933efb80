using System.Reflection;

namespace Sim.Runtime.Activation;

/// <summary>
/// The grain classes known to an endpoint, by grain type name and by interface. Grain type names default to the
/// class name without a trailing "Grain", in lower case; <see cref="GrainTypeAttribute"/> overrides it.
/// </summary>
internal sealed class GrainClassRegistry
{
    private readonly Dictionary<string, GrainClassInfo> _byType = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, List<GrainClassInfo>> _byInterface = [];

    public GrainClassRegistry(IEnumerable<Type> classes)
    {
        foreach (var type in classes.OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (!typeof(Grain).IsAssignableFrom(type) || type.IsAbstract)
            {
                throw new ArgumentException($"{type.FullName} is not a concrete subclass of Grain.");
            }

            var name = GrainTypeNames.Intern(GrainTypeNameOf(type));
            var placement = type.IsDefined(typeof(PreferLocalPlacementAttribute), true) ? PlacementStrategy.PreferLocal
                : type.IsDefined(typeof(HashBasedPlacementAttribute), true) ? PlacementStrategy.HashBased
                : (PlacementStrategy?)null;
            var info = new GrainClassInfo(type, name, placement);
            if (!_byType.TryAdd(name, info))
            {
                throw new InvalidOperationException($"Grain classes {_byType[name].ClassType.FullName} and {type.FullName} share grain type '{name}'; give one a [GrainType] name.");
            }

            foreach (var i in GrainInterfacesOf(type))
            {
                if (!_byInterface.TryGetValue(i, out var list))
                {
                    _byInterface[i] = list = [];
                }

                list.Add(info);
            }
        }
    }

    public IEnumerable<GrainClassInfo> Classes => _byType.Values;

    public static string GrainTypeNameOf(Type type)
    {
        if (type.GetCustomAttribute<GrainTypeAttribute>() is { } attribute)
        {
            return attribute.Name;
        }

        var name = type.Name;
        if (name.EndsWith("Grain", StringComparison.Ordinal) && name.Length > "Grain".Length)
        {
            name = name[..^"Grain".Length];
        }

        return name.ToLowerInvariant();
    }

    public static IEnumerable<Type> GrainInterfacesOf(Type type) =>
        type.GetInterfaces().Where(i => typeof(IGrain).IsAssignableFrom(i) && i != typeof(IGrain) && i != typeof(IGrainWithStringKey) && i != typeof(IGrainWithIntegerKey));

    public GrainClassInfo? Find(string grainType) => _byType.GetValueOrDefault(grainType);

    /// <summary>The grain type implementing <paramref name="grainInterface"/>.</summary>
    /// <exception cref="ArgumentException">No class or several classes implement it.</exception>
    public string ResolveGrainType(Type grainInterface)
    {
        if (!_byInterface.TryGetValue(grainInterface, out var list) || list.Count == 0)
        {
            throw new ArgumentException($"No registered grain class implements {grainInterface.FullName}; register it with AddGrain or AddGrainAssembly.");
        }

        if (list.Count > 1)
        {
            throw new ArgumentException($"Several grain classes implement {grainInterface.FullName} ({string.Join(", ", list.Select(c => c.ClassType.Name))}); call them through an interface only one implements.");
        }

        return list[0].GrainType;
    }
}
