using Sim.Grains.Runs;

namespace Sim.Grains.Persons;

/// <summary>The key of a person grain: <c>RunId/personId</c> (person ids are unique within a run).</summary>
/// <param name="RunId">The run.</param>
/// <param name="PersonId">The person.</param>
public readonly record struct PersonKey(string RunId, long PersonId)
{
    /// <summary>The key of person <paramref name="personId"/> of run <paramref name="runId"/>.</summary>
    public static string Format(string runId, long personId) => RunScopedKey.Format(runId, personId);

    /// <summary>Parses a person grain key.</summary>
    public static PersonKey Parse(string key)
    {
        var (runId, number) = RunScopedKey.Parse(key, "person");
        return new PersonKey(runId, number);
    }
}
