using FsCheck;
using FsCheck.Fluent;
using Sim.Model.Scenarios;
using Sim.Model.Scenarios.Serialization;

namespace Sim.Scenarios.Tests;

/// <summary>
/// The typed scenario is the one source of truth: its resolved YAML loads back to an equal scenario, and its bytes
/// (how it travels to silos) decode to an equal scenario, for shipped scenarios with random parameter values.
/// Equality is compared on the serialized bytes, which cover every typed value and the data tables.
/// </summary>
public sealed class ScenarioRoundTripTests
{
    private static readonly string[] Shipped = ["baseline.yaml", "mobilisation-2022.yaml", "concept-2030.yaml", "relocation.yaml", "investor-threshold-halved.yaml"];

    private static readonly IReadOnlyList<DeclaredParameter> Reals =
        [.. ScenarioParameters.All.Where(p => p.Type == typeof(double) && !p.KeyPath.Contains('<', StringComparison.Ordinal))];

    [Fact]
    public void Resolved_yaml_and_bytes_round_trip_for_random_parameter_values()
    {
        using var folder = DataFolder();
        var scenarios = Shipped.ToDictionary(f => f, f => ScenarioLoader.Load(RepositoryPaths.Scenario(f)));
        var overrides = Gen.Choose(0, Reals.Count - 1).SelectMany(i => Gen.Choose(0, 1_000_000).Select(u => (i, u))).ListOf();
        var cases = Gen.Elements(Shipped).SelectMany(f => overrides.Select(o => (f, o)));
        var count = 0;
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var scenario = scenarios[c.f];
            foreach (var (i, u) in c.o)
            {
                scenario = ScenarioParameters.With(scenario, Reals[i].KeyPath, Within(Reals[i].Declaration, u / 1_000_000.0));
            }

            var bytes = ScenarioSerializer.ToBytes(scenario);
            Assert.Equal(bytes, ScenarioSerializer.ToBytes(ScenarioSerializer.FromBytes(bytes)));

            var file = folder.Write($"resolved-{Interlocked.Increment(ref count)}.yaml", scenario.ToResolvedYaml(folder.Path));
            var reloaded = ScenarioLoader.Load(file) with { SourcePath = scenario.SourcePath };
            Assert.Equal(bytes, ScenarioSerializer.ToBytes(reloaded));
        }).QuickCheckThrowOnFailure();
        Assert.True(count >= 100, $"only {count} cases ran");
    }

    [Fact]
    public void Bytes_hold_the_data_tables_and_every_override()
    {
        var scenario = ScenarioLoader.Load(RepositoryPaths.Baseline).WithSeed(7).WithScale(0.25) with { End = new Sim.Model.YearMonth(2023, 2) };
        var decoded = ScenarioSerializer.FromBytes(ScenarioSerializer.ToBytes(scenario));
        Assert.Equal(7UL, decoded.Seed);
        Assert.Equal(0.25, decoded.Population.Scale);
        Assert.Equal(new Sim.Model.YearMonth(2023, 2), decoded.End);
        Assert.Equal(scenario.Tables.Regions.Regions.Select(r => (r.Code, r.Population2023, r.UrbanShare)),
            decoded.Tables.Regions.Regions.Select(r => (r.Code, r.Population2023, r.UrbanShare)));
        Assert.Equal(scenario.Tables.VitalRates.Years, decoded.Tables.VitalRates.Years);
        Assert.Equal(scenario.Relocation.AgeMultiplier, decoded.Relocation.AgeMultiplier);
        Assert.Equal(scenario.Levers.Enforcement.Changes, decoded.Levers.Enforcement.Changes);
    }

    [Fact]
    public void Resolved_yaml_carries_overridden_end_seed_and_scale()
    {
        var scenario = ScenarioLoader.Load(RepositoryPaths.Baseline).WithSeed(5).WithScale(0.5) with { End = new Sim.Model.YearMonth(2023, 2) };
        var yaml = scenario.ToResolvedYaml();
        Assert.Contains("\nend: 2023-02\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\nseed: 5\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n  scale: 0.5\n", yaml, StringComparison.Ordinal);
    }

    /// <summary>A value inside the declared range at fraction <paramref name="t"/> of it (never the excluded minimum).</summary>
    private static double Within(ParameterAttribute range, double t)
    {
        var value = range.Min + ((range.Max - range.Min) * t);
        return range.MinExclusive && value <= range.Min ? range.Max : value;
    }

    /// <summary>A scratch folder with a copy of scenarios/data, so resolved files written there find their tables.</summary>
    private static TempFolder DataFolder()
    {
        var folder = new TempFolder("round-trip");
        var data = Directory.CreateDirectory(folder.Combine("data")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Scenarios, "data")))
        {
            File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        }

        return folder;
    }
}
