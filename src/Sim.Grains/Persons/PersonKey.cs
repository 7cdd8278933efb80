using System.Globalization;

namespace Sim.Grains.Persons;

/// <summary>The key of a person grain: <c>RunId/personId</c> (person ids are unique within a run).</summary>
/// <param name="RunId">The run.</param>
/// <param name="PersonId">The person.</param>
public readonly record struct PersonKey(string RunId, long PersonId)
{
    /// <summary>The key of person <paramref name="personId"/> of run <paramref name="runId"/>.</summary>
    public static string Format(string runId, long personId) => runId + "/" + personId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses a person grain key.</summary>
    public static PersonKey Parse(string key)
    {
        var slash = key.LastIndexOf('/');
        if (slash <= 0 || !long.TryParse(key.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            throw new FormatException($"'{key}' is not a person grain key (RunId/personId)");
        }

        return new PersonKey(key[..slash], id);
    }
}
