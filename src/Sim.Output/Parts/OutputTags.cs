using System.Globalization;

namespace Sim.Output.Parts;

/// <summary>Facts about the run every output file carries in its key-value metadata (deterministic: no time, no path).</summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Seed">Root seed.</param>
/// <param name="Scale">Agents per person.</param>
public sealed record OutputTags(string Scenario, ulong Seed, double Scale)
{
    /// <summary>The tags as metadata entries.</summary>
    public IEnumerable<KeyValuePair<string, string>> Entries()
    {
        yield return new("sim.scenario", Scenario);
        yield return new("sim.seed", Seed.ToString(CultureInfo.InvariantCulture));
        yield return new("sim.scale", Scale.ToString("R", CultureInfo.InvariantCulture));
    }
}
