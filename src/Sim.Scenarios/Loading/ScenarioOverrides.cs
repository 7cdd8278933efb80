using Sim.Model;
using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <summary>
/// The command line's overrides of a loaded scenario (<c>--seed</c>, <c>--scale</c>, <c>--end</c>, <c>--compression</c>), applied to the
/// typed values, so everything written afterwards (the resolved YAML, the manifest) shows them.
/// </summary>
/// <param name="Seed">Root seed, or null for the scenario's.</param>
/// <param name="Scale">Agents per person, or null for the scenario's.</param>
/// <param name="End">Last month, or null for the scenario's.</param>
/// <param name="Compression">Codec of the run's Parquet files, or null for the scenario's <c>outputs.compression</c>.</param>
public sealed record ScenarioOverrides(ulong? Seed, double? Scale, YearMonth? End, OutputCompression? Compression = null)
{
    /// <summary>
    /// <paramref name="scenario"/> with the overrides; throws <see cref="ScenarioOverrideException"/> for a scale
    /// outside (0, 1] or an end before the start.
    /// </summary>
    public Scenario Apply(Scenario scenario)
    {
        if (Seed is { } seed)
        {
            scenario = scenario.WithSeed(seed);
        }

        if (Scale is { } scale)
        {
            scenario = scale is > 0 and <= 1
                ? scenario.WithScale(scale)
                : throw new ScenarioOverrideException(FormattableString.Invariant($"--scale {scale}: allowed 0 < scale <= 1"));
        }

        if (End is { } end)
        {
            scenario = end >= scenario.Start
                ? scenario with { End = end }
                : throw new ScenarioOverrideException($"--end {end}: allowed a month not before the scenario's start {scenario.Start}");
        }

        if (Compression is { } compression)
        {
            scenario = scenario with { Outputs = scenario.Outputs with { Compression = compression } };
        }

        return scenario;
    }
}
