using Sim.Model;
using Sim.Model.Population;
using Sim.Model.Scenarios;

namespace Sim.Scenarios.Tests;

public sealed class ScenarioLoaderTests
{
    public static TheoryData<string> ShippedScenarios()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Scenarios, "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    public void Every_shipped_scenario_validates_and_loads(string file)
    {
        var path = RepositoryPaths.Scenario(file);
        Assert.Empty(ScenarioLoader.Validate(path));
        var scenario = ScenarioLoader.Load(path);
        Assert.True(scenario.End >= scenario.Start);
        Assert.StartsWith("#", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Baseline_binds_values_and_levers_by_month()
    {
        var s = ScenarioLoader.Load(RepositoryPaths.Baseline);
        Assert.Equal("baseline", s.Name);
        Assert.Equal(new YearMonth(2023, 1), s.Start);
        Assert.Equal(new YearMonth(2030, 12), s.End);
        Assert.Equal(96, s.MonthCount);
        Assert.Equal(0.01, s.Population.Scale);
        Assert.False(s.Levers.At(new YearMonth(2023, 2)).InDemandPermit.Enabled);
        var march = s.Levers.At(new YearMonth(2023, 3)).InDemandPermit;
        Assert.True(march.Enabled);
        Assert.Contains(Profession.It, march.Professions); // carried forward from 2023-01
        Assert.Equal(1.0, s.Levers.At(new YearMonth(2025, 6)).WorkPermits.QuotaMultiplier);
        Assert.Equal(0.3, s.Levers.At(new YearMonth(2025, 6)).WorkPermits.ForeignHireShare);
        var programme = s.Levers.At(new YearMonth(2024, 5)).RelocationProgramme;
        Assert.Equal(1.0, programme.QuotaMultiplier);
        Assert.Equal(0.4, programme.Uptake);
        Assert.Equal(2.0, ScenarioLoader.Load(RepositoryPaths.Scenario("relocation.yaml")).Levers.At(new YearMonth(2025, 1)).RelocationProgramme.QuotaMultiplier);
        Assert.Equal(3.05, ModelTfr(s, 2022));
        Assert.Equal(2.5, s.Demography.Tfr.At(new YearMonth(2027, 6)));
    }

    [Fact]
    public void Unknown_key_is_reported_with_line_column_and_suggestion()
    {
        using var dir = new TempFolder("scenarios");
        var file = dir.Write("x.yaml", $$"""
            # test
            name: x
            extends: {{RepositoryPaths.Baseline}}
            levers:
              enforcment:
                2025-01: {detection_rate: 0.1}
            """);
        var errors = ScenarioLoader.Validate(file);
        var error = Assert.Single(errors);
        Assert.Equal(file, Path.GetFullPath(error.File));
        Assert.Equal(5, error.Line);
        Assert.Equal(3, error.Column);
        Assert.Equal("levers.enforcment", error.KeyPath);
        Assert.Contains("did you mean 'enforcement'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_of_range_value_formats_as_file_line_column_key_message()
    {
        using var dir = new TempFolder("scenarios");
        var file = dir.Write("x.yaml", $"""
            # test
            name: x
            extends: {RepositoryPaths.Baseline}
            levers:
              enforcement:
                2025-01:
                  detection_rate: 1.7
            """);
        var error = Assert.Single(ScenarioLoader.Validate(file));
        Assert.Equal("1.7", error.Value);
        Assert.Equal("0..1", error.Allowed);
        Assert.Equal($"{error.File}:7:23: levers.enforcement.2025-01.detection_rate: value 1.7 is out of range; allowed 0..1", error.ToString());
    }

    [Fact]
    public void Bad_dates_are_reported_in_values_and_keys()
    {
        using var dir = new TempFolder("scenarios");
        var file = dir.Write("x.yaml", $$"""
            # test
            name: x
            extends: {{RepositoryPaths.Baseline}}
            start: 2023-13
            demography:
              tfr: {2026-1: 2.5}
            """);
        var errors = ScenarioLoader.Validate(file);
        Assert.Equal(2, errors.Count);
        Assert.Equal("start", errors[0].KeyPath);
        Assert.Equal("YYYY-MM", errors[0].Allowed);
        Assert.Equal(4, errors[0].Line);
        Assert.Equal("demography.tfr.2026-1", errors[1].KeyPath);
        Assert.Contains("not a month", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_compression_is_one_of_its_names_and_binds_to_the_codec()
    {
        using var dir = new TempFolder("scenarios");
        var bad = dir.Write("bad.yaml", $"""
            # test
            name: x
            extends: {RepositoryPaths.Baseline}
            outputs:
              compression: lz4
            """);
        var error = Assert.Single(ScenarioLoader.Validate(bad));
        Assert.Equal(("outputs.compression", 5, "lz4", "snappy, zstd, none"), (error.KeyPath, error.Line, error.Value, error.Allowed));
        Assert.Equal(bad + ":5:16: outputs.compression: 'lz4' is not allowed; allowed snappy, zstd, none", error.ToString());

        var good = dir.Write("good.yaml", $"""
            name: x
            extends: {RepositoryPaths.Baseline}
            outputs:
              compression: zstd
            """);
        Assert.Equal(OutputCompression.Zstd, ScenarioLoader.Load(good).Outputs.Compression);
        Assert.Equal(OutputCompression.Snappy, ScenarioLoader.Load(RepositoryPaths.Baseline).Outputs.Compression);
    }

    [Fact]
    public void Wrong_types_are_reported()
    {
        using var dir = new TempFolder("scenarios");
        var file = dir.Write("x.yaml", $"""
            # test
            name: x
            extends: {RepositoryPaths.Baseline}
            seed: abc
            outputs:
              events: "yes"
              snapshot_years: 2030
            housing: 5
            """);
        var errors = ScenarioLoader.Validate(file);
        Assert.Equal(["seed", "outputs.events", "outputs.snapshot_years", "housing"], errors.Select(e => e.KeyPath).ToArray());
        Assert.Contains("expected a number", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("expected true or false", errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("expected a list", errors[2].Message, StringComparison.Ordinal);
        Assert.Contains("expected a map", errors[3].Message, StringComparison.Ordinal);
        var exception = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.Load(file));
        Assert.Equal(4, exception.Errors.Count);
        Assert.Contains("seed: expected a number", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extends_merges_maps_key_by_key_and_child_wins()
    {
        using var dir = new TempFolder("scenarios");
        var file = dir.Write("x.yaml", $$"""
            # test
            name: child
            extends: {{RepositoryPaths.Baseline}}
            seed: 7
            relocation:
              stay_utility: -1.5
            levers:
              enforcement:
                2026-01: {detection_rate: 0.2}
            """);
        var s = ScenarioLoader.Load(file);
        var b = ScenarioLoader.Load(RepositoryPaths.Baseline);
        Assert.Equal("child", s.Name);
        Assert.Equal(7UL, s.Seed);
        Assert.Equal(-1.5, s.Relocation.StayUtility);
        Assert.Equal(b.Relocation.BetaWage, s.Relocation.BetaWage);
        Assert.Equal(b.Population.RegionsPath, s.Population.RegionsPath);
        var before = s.Levers.At(new YearMonth(2025, 12)).Enforcement;
        var after = s.Levers.At(new YearMonth(2026, 1)).Enforcement;
        Assert.Equal(b.Levers.At(new YearMonth(2025, 12)).Enforcement, before);
        Assert.Equal(0.2, after.DetectionRate);
        Assert.Equal(before.DeportationShare, after.DeportationShare);
    }

    [Fact]
    public void Errors_point_to_the_parent_file_that_holds_the_bad_key()
    {
        using var dir = new TempFolder("scenarios");
        var parent = dir.Write("parent.yaml", $"""
            # parent
            name: parent
            extends: {RepositoryPaths.Baseline}
            labour:
              separation_rate: 0.9
            """);
        var child = dir.Write("sub/child.yaml", """
            # child
            name: child
            extends: ../parent.yaml
            seed: 3
            """);
        var error = Assert.Single(ScenarioLoader.Validate(child));
        Assert.Equal(parent, Path.GetFullPath(error.File));
        Assert.Equal(5, error.Line);
        Assert.Equal("labour.separation_rate", error.KeyPath);
    }

    [Fact]
    public void Several_problems_are_all_reported_at_once()
    {
        using var dir = new TempFolder("scenarios");
        var file = dir.Write("x.yaml", $$"""
            # test
            name: x
            extends: {{RepositoryPaths.Baseline}}
            end: 2020-01
            population:
              scale: 0
              regoins: data/regions.csv
            arrivals:
              origins:
                RU:
                  entry: {ZKO: 0.5, XYZ: 0.2}
            """);
        var errors = ScenarioLoader.Validate(file);
        Assert.Contains(errors, e => e.KeyPath == "end" && e.Message.Contains("before start", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.KeyPath == "population.scale" && e.Message.Contains("out of range", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.KeyPath == "population.regoins" && e.Message.Contains("did you mean 'regions'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.KeyPath == "arrivals.origins.RU.entry.XYZ" && e.Message.Contains("region code", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.KeyPath == "arrivals.origins.RU.entry" && e.Message.Contains("add up to", StringComparison.Ordinal));
        Assert.True(errors.Count >= 5);
    }

    [Fact]
    public void Missing_required_keys_are_reported()
    {
        using var dir = new TempFolder("scenarios");
        var file = dir.Write("x.yaml", """
            # test
            name: x
            start: 2023-01
            end: 2023-12
            seed: 1
            """);
        var errors = ScenarioLoader.Validate(file);
        Assert.Contains(errors, e => e.KeyPath == "levers" && e.Message.Contains("missing required key", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.KeyPath == "population" && e.Line == 2);
    }

    [Fact]
    public void Inflows_need_an_origin_profile_and_seeds_may_be_written_as_decimals()
    {
        using var dir = new TempFolder("scenarios");
        var parent = dir.Write("p.yaml", $$"""
            # parent without a CN profile
            name: p
            extends: {{RepositoryPaths.Baseline}}
            seed: 12.0
            """);
        Assert.Equal(12UL, ScenarioLoader.Load(parent).Seed);
        var file = dir.Write("x.yaml", """
            # test
            name: x
            extends: p.yaml
            arrivals:
              shocks:
                wave:
                  origin: RU
                  persons: {2024-01: 10}
                  transit_share: 0
                  transit_dwell_months: 0
                  entry: {ALA: 1}
                  settlement: {ALA: 1}
            """);
        Assert.Empty(ScenarioLoader.Validate(file));
        var s = ScenarioLoader.Load(file);
        Assert.Equal(10, s.Arrivals.Shocks.Single().Persons.Exactly(new YearMonth(2024, 1)));

        // A copy of the root scenario without the CN profile: its CN inflow is reported where it is written.
        var text = File.ReadAllText(RepositoryPaths.Base);
        var from = text.IndexOf("    CN:\n      transit_share", StringComparison.Ordinal);
        var to = text.IndexOf("    OTHER:\n      transit_share", StringComparison.Ordinal);
        Assert.True(from > 0 && to > from);
        foreach (var data in Directory.GetFiles(Path.Combine(RepositoryPaths.Scenarios, "data")))
        {
            File.Copy(data, Path.Combine(Directory.CreateDirectory(Path.Combine(dir.Path, "data")).FullName, Path.GetFileName(data)));
        }

        var noCn = dir.Write("no-cn.yaml", text.Remove(from, to - from));
        var error = Assert.Single(ScenarioLoader.Validate(noCn));
        Assert.Equal("arrivals.inflows.CN", error.KeyPath);
        Assert.Contains("no profile", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extends_cycles_are_reported()
    {
        using var dir = new TempFolder("scenarios");
        dir.Write("a.yaml", "name: a\nextends: b.yaml\n");
        var b = dir.Write("b.yaml", "name: b\nextends: a.yaml\n");
        Assert.Contains(ScenarioLoader.Validate(b), e => e.Message.Contains("cycle", StringComparison.Ordinal));
    }

    [Fact]
    public void The_earliest_lever_entry_must_set_every_field()
    {
        using var dir = new TempFolder("scenarios");
        var file = dir.Write("x.yaml", $$"""
            # test
            name: x
            extends: {{RepositoryPaths.Baseline}}
            levers:
              migrant_id_cards:
                2022-06: {enabled: true}
            """);
        var error = Assert.Single(ScenarioLoader.Validate(file));
        Assert.Equal("levers.migrant_id_cards.2022-06.detection_multiplier", error.KeyPath);
    }

    [Fact]
    public void Invalid_yaml_is_reported_with_its_position()
    {
        using var dir = new TempFolder("scenarios");
        var file = dir.Write("x.yaml", "name: x\nseed: [1, 2\n");
        var error = Assert.Single(ScenarioLoader.Validate(file));
        Assert.Contains("invalid YAML", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line >= 2);
    }

    [Fact]
    public void Resolved_yaml_reloads_to_the_same_scenario()
    {
        var original = ScenarioLoader.Load(RepositoryPaths.Scenario("concept-2030.yaml")).WithSeed(99);
        var text = original.ToResolvedYaml();
        Assert.DoesNotContain("extends", text, StringComparison.Ordinal);
        using var dir = new TempFolder("scenarios");
        foreach (var data in Directory.GetFiles(Path.Combine(RepositoryPaths.Scenarios, "data")))
        {
            File.Copy(data, Path.Combine(Directory.CreateDirectory(Path.Combine(dir.Path, "data")).FullName, Path.GetFileName(data)));
        }

        var file = dir.Write("resolved.yaml", text);
        var reloaded = ScenarioLoader.Load(file);
        Assert.Equal(99UL, reloaded.Seed);
        Assert.Equal(text, reloaded.ToResolvedYaml());
        var month = new YearMonth(2027, 1);
        Assert.Equal(original.Levers.At(month).Enforcement, reloaded.Levers.At(month).Enforcement);
        Assert.Equal(original.Levers.At(month).ScientificVisa, reloaded.Levers.At(month).ScientificVisa);
        Assert.Equal(original.Relocation.StayUtility, reloaded.Relocation.StayUtility);
        Assert.Equal(original.Relocation.AgeMultiplier, reloaded.Relocation.AgeMultiplier);
        Assert.Equal(original.Demography.Tfr.Points, reloaded.Demography.Tfr.Points);
    }

    private static double ModelTfr(Scenario s, int year) =>
        Sim.Model.Engine.ModelContext.Create(s).Tfr.At(new YearMonth(year, 6));
}
