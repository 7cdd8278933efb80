using System.Reflection;
using System.Runtime.Serialization;

namespace Sim.Runtime.Serialization;

/// <summary>
/// Which members of a record, class or struct are serialized and how it is re-created. Serialized members are the
/// public instance properties with a public getter and the public instance fields, minus those marked
/// <see cref="IgnoreDataMemberAttribute"/>, that can be restored: a parameter of the chosen constructor (matched by
/// name, ignoring case) or settable (public setter, init, or writable field). Get-only properties that no constructor
/// takes are computed values and are skipped. The constructor is the public one whose parameters all match members,
/// with the most parameters.
/// </summary>
internal sealed class ObjectShape
{
    private ObjectShape(IReadOnlyList<ShapeMember> members, ConstructorInfo? constructor, string? problem)
    {
        Members = members;
        Constructor = constructor;
        Problem = problem;
    }

    public IReadOnlyList<ShapeMember> Members { get; }

    /// <summary>The constructor to call, or null for a struct created as default.</summary>
    public ConstructorInfo? Constructor { get; }

    public string? Problem { get; }

    public static ObjectShape Of(Type type)
    {
        var readable = ReadableMembers(type);
        var byName = readable.GroupBy(m => m.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

        ConstructorInfo? best = null;
        foreach (var ctor in type.GetConstructors(BindingFlags.Public | BindingFlags.Instance))
        {
            var ps = ctor.GetParameters();
            var matches = ps.All(p => p.Name is not null && byName.TryGetValue(p.Name, out var m) && p.ParameterType.IsAssignableFrom(m.Type));
            if (matches && (best is null || ps.Length > best.GetParameters().Length))
            {
                best = ctor;
            }
        }

        if (best is null && !type.IsValueType)
        {
            return new ObjectShape([], null, $"{type.FullName} has no public constructor whose parameters all match public properties by name.");
        }

        var fromCtor = new HashSet<string>(best?.GetParameters().Select(p => p.Name!) ?? [], StringComparer.OrdinalIgnoreCase);
        var members = new List<ShapeMember>();
        foreach (var m in readable.OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            var inCtor = fromCtor.Contains(m.Name);
            if (inCtor || m.Settable)
            {
                members.Add(new ShapeMember(m.Member, m.Name, m.Type, SetAfterConstruction: !inCtor));
            }
        }

        if (members.Count == 0 && readable.Count > 0)
        {
            return new ObjectShape([], null, $"{type.FullName} exposes no member that can be restored (no matching constructor parameters or setters); its state would be lost.");
        }

        return new ObjectShape(members, best, null);
    }

    private static List<(MemberInfo Member, string Name, Type Type, bool Settable)> ReadableMembers(Type type)
    {
        var result = new List<(MemberInfo, string, Type, bool)>();
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true } && !p.IsDefined(typeof(IgnoreDataMemberAttribute)))
            {
                result.Add((p, p.Name, p.PropertyType, p.SetMethod is { IsPublic: true }));
            }
        }

        foreach (var f in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!f.IsDefined(typeof(IgnoreDataMemberAttribute)))
            {
                result.Add((f, f.Name, f.FieldType, !f.IsInitOnly));
            }
        }

        return result;
    }
}
