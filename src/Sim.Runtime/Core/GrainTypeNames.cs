using System.Collections.Concurrent;

namespace Sim.Runtime;

/// <summary>
/// Interns grain type names so that grain ids read from messages share one string per type
/// (an activation's id then costs no string of its own for the type).
/// </summary>
internal static class GrainTypeNames
{
    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);

    public static string Intern(string name) => Pool.GetOrAdd(name, name);
}
