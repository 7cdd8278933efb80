using Sim.Model;
using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <summary>
/// The command line's overrides of a loaded scenario (<c>--seed</c>, <c>--scale</c>, <c>--end</c>, <c>--compression</c>)
/// and an ensemble member's drawn parameter values, applied to the typed values, so everything written afterwards
/// (the resolved YAML, the manifest) shows them.
/// </summary>
/// <param name="Seed">Root seed, or null for the scenario's.</param>
/// <param name="Scale">Agents per person, or null for the scenario's.</param>
/// <param name="End">Last month, or null for the scenario's.</param>
/// <param name="Compression">Codec of the run's Parquet files, or null for the scenario's <c>outputs.compression</c>.</param>
/// <param name="Parameters">Real-valued parameters by dotted key path (e.g. <c>relocation.beta_wage</c>), or null.</param>
public sealed record ScenarioOverrides(ulong? Seed, double? Scale, YearMonth? End, OutputCompression? Compression = null,
    IReadOnlyList<KeyValuePair<string, double>>? Parameters = null)
{
    /// <summary>
    /// <paramref name="scenario"/> with the overrides; throws <see cref="ScenarioOverrideException"/> for a scale
    /// outside (0, 2] or one that leaves a region without agents, an end outside the start..<see cref="ModelPeriod.Last"/>,
    /// or a parameter that is not a declared real number in its range.
    /// </summary>
    public Scenario Apply(Scenario scenario)
    {
        if (Seed is { } seed)
        {
            scenario = scenario.WithSeed(seed);
        }

        if (Scale is { } scale)
        {
            scenario = PopulationParameters.IsAllowedScale(scale)
                ? scenario.WithScale(scale)
                : throw new ScenarioOverrideException(FormattableString.Invariant($"--scale {scale}: allowed {PopulationParameters.ScaleRange}"));
        }

        if (Scale is { } chosen && AgentCounts.EmptyRegion(scenario) is { } empty)
        {
            throw new ScenarioOverrideException(FormattableString.Invariant($"--scale {chosen}: ") + empty);
        }

        if (End is { } end)
        {
            scenario = end >= scenario.Start && end <= ModelPeriod.Last
                ? scenario with { End = end }
                : throw new ScenarioOverrideException($"--end {end}: allowed a month from the scenario's start {scenario.Start} to {ModelPeriod.Last} (the model's period is {ModelPeriod.Description})");
        }

        foreach (var (key, value) in Parameters ?? [])
        {
            try
            {
                scenario = ScenarioParameters.With(scenario, key, value);
            }
            catch (Exception e) when (e is KeyNotFoundException or ArgumentOutOfRangeException)
            {
                throw new ScenarioOverrideException(FormattableString.Invariant($"parameter {key} = {value}: {e.Message.Split('\n')[0]}"));
            }
        }

        if (Compression is { } compression)
        {
            scenario = scenario with { Outputs = scenario.Outputs with { Compression = compression } };
        }

        return scenario;
    }
}
