using System.Collections.Concurrent;
using System.Runtime.Serialization;

namespace Sim.Runtime.Serialization;

/// <summary>Type names on the wire ("Namespace.Type, Assembly", no version) and their resolution, both cached.</summary>
internal static class TypeNames
{
    private static readonly ConcurrentDictionary<Type, string> Names = new();
    private static readonly ConcurrentDictionary<string, Type?> Types = new(StringComparer.Ordinal);

    public static string Get(Type type) => Names.GetOrAdd(type, static t =>
        t.IsGenericType || t.IsArray ? t.AssemblyQualifiedName! : $"{t.FullName}, {t.Assembly.GetName().Name}");

    public static Type? TryResolve(string name) => Types.GetOrAdd(name, static n => Type.GetType(n, throwOnError: false));

    /// <summary>Resolves a name read from a message and checks the type may stand where <paramref name="declared"/> is expected.</summary>
    public static Type Resolve(string? name, Type declared)
    {
        var type = name is null ? null : TryResolve(name);
        if (type is null)
        {
            throw new SerializationException($"Type '{name}' in the message is not known in this process.");
        }

        if (!declared.IsAssignableFrom(type))
        {
            throw new SerializationException($"Type '{name}' in the message is not a {declared.FullName}.");
        }

        return type;
    }
}
