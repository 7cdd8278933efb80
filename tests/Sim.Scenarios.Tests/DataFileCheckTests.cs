namespace Sim.Scenarios.Tests;

/// <summary>The data files a scenario names are validated like the scenario: file:line:column, column name, value, allowed.</summary>
public sealed class DataFileCheckTests
{
    private static readonly string ShippedRegions = RepositoryPaths.Combine("scenarios", "data", "regions.csv");
    private static readonly string ShippedVitalRates = RepositoryPaths.Combine("scenarios", "data", "vital_rates.csv");

    [Fact]
    public void Shipped_data_files_have_no_problems()
    {
        var errors = new List<ScenarioError>();
        var codes = RegionsFileCheck.Check(ShippedRegions, errors);
        VitalRatesFileCheck.Check(ShippedVitalRates, errors);
        Assert.Empty(errors);
        Assert.Equal(20, codes!.Count);
    }

    [Fact]
    public void Negative_and_absurd_populations_are_located_at_their_field()
    {
        using var dir = new TempFolder("data-files");
        // Line 3 is ABA: its 2022 population becomes negative; line 4 (AKM) gets ten billion for 2023.
        var regions = WithRegionField(dir, "ABA", 5, "-611888");
        ReplaceField(regions, "AKM", 6, "10000000000");
        var scenario = ScenarioUsing(dir, regions: regions);

        var errors = ScenarioLoader.Validate(scenario);

        var negative = Assert.Single(errors, e => e.Line == 3);
        Assert.Equal((ScenarioPaths.Display(regions), "pop_2022_01_01", "-611888"), (negative.File, negative.KeyPath, negative.Value));
        Assert.Equal("ABA,Abai,Semey,50.41,80.23,".Length + 1, negative.Column);
        Assert.Contains("out of range; allowed a whole number of persons from 1 to 25,000,000", negative.Message, StringComparison.Ordinal);
        var huge = Assert.Single(errors, e => e.Line == 4);
        Assert.Equal("pop_2023_01_01", huge.KeyPath);
        Assert.Equal("AKM,Akmola,Kokshetau,53.28,69.39,785708,".Length + 1, huge.Column);
        Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.Load(scenario));
    }

    [Fact]
    public void Wrong_types_codes_and_borders_are_each_reported()
    {
        using var dir = new TempFolder("data-files");
        var regions = WithRegionField(dir, "ABA", 3, "north");
        ReplaceField(regions, "AKT", 10, "RU;XX");
        File.AppendAllLines(regions, [File.ReadAllLines(regions).Single(l => l.StartsWith("ULY,", StringComparison.Ordinal))]);
        ReplaceField(regions, "ALM", 9, "116.2");
        ReplaceField(regions, "ZKO", 5, "683327.5");

        var errors = ScenarioLoader.Validate(ScenarioUsing(dir, regions: regions));

        Assert.Contains(errors, e => e.Line == 3 && e.KeyPath == "lat" && e.Message == "'north' is not a number; allowed 40 to 56 (degrees north, inside Kazakhstan)");
        Assert.Contains(errors, e => e.Line == 5 && e.KeyPath == "borders" && e.Value == "XX");
        Assert.Contains(errors, e => e.Line == 23 && e.KeyPath == "code" && e.Message == "region code 'ULY' appears twice");
        Assert.Contains(errors, e => e.Line == 6 && e.KeyPath == "urban_share_2023_pct" && e.Value == "116.2");
        Assert.Contains(errors, e => e.Line == 8 && e.KeyPath == "pop_2022_01_01" && e.Message.Contains("not a whole number", StringComparison.Ordinal));
        Assert.Equal(5, errors.Count);
        Assert.All(errors, e => Assert.Equal(ScenarioPaths.Display(regions), e.File));
    }

    [Fact]
    public void A_missing_column_or_a_short_row_is_one_located_error_not_an_exception()
    {
        using var dir = new TempFolder("data-files");
        var noWages = dir.Write("regions.csv", string.Join('\n', File.ReadAllLines(ShippedRegions).Select(l => l.Replace(",avg_wage_2022_kzt", ",wage", StringComparison.Ordinal))));
        var error = Assert.Single(ScenarioLoader.Validate(ScenarioUsing(dir, regions: noWages)));
        Assert.Equal((2, 1), (error.Line, error.Column));
        Assert.Contains("header lacks column(s) 'avg_wage_2022_kzt'", error.Message, StringComparison.Ordinal);

        var lines = File.ReadAllLines(ShippedVitalRates);
        lines[5] = "2022,20.57";
        var vital = dir.Write("vital.csv", string.Join('\n', lines));
        error = Assert.Single(ScenarioLoader.Validate(ScenarioUsing(dir, vitalRates: vital)));
        Assert.Equal(6, error.Line);
        Assert.Contains("expected 8 fields as in the header but found 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Vital_rates_out_of_range_and_repeated_years_are_reported()
    {
        using var dir = new TempFolder("data-files");
        var lines = File.ReadAllLines(ShippedVitalRates);
        lines[5] = "2021,20.57,-6.80,3.05,74.44,403893,133523,BNS";
        lines[6] = "2023,19.52,6.57,29.6,75.09,388428,130686,BNS";
        var vital = dir.Write("vital.csv", string.Join('\n', lines));

        var errors = ScenarioLoader.Validate(ScenarioUsing(dir, vitalRates: vital));

        Assert.Equal(
            [(6, 1, "year"), (6, 12, "crude_death_rate_per_1000"), (7, 17, "tfr")],
            errors.Select(e => (e.Line, e.Column, e.KeyPath)).ToArray());
        Assert.Equal("year 2021 appears twice", errors[0].Message);
    }

    [Fact]
    public void A_data_file_too_large_to_be_data_is_refused_unread()
    {
        using var dir = new TempFolder("data-files");
        var big = dir.Combine("vital.csv");
        using (var stream = File.Create(big))
        {
            stream.SetLength(CsvFieldChecker.MaxFileBytes + 1);
        }

        var error = Assert.Single(ScenarioLoader.Validate(ScenarioUsing(dir, vitalRates: big)));
        Assert.Contains("larger than the limit for a data file (16,777,216 bytes)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Policy_tables_are_checked_by_validate_as_the_run_reads_them()
    {
        using var dir = new TempFolder("data-files");
        var shipped = RepositoryPaths.Combine("scenarios", "data", "quotas.csv");
        var lines = File.ReadAllLines(shipped);
        var first = Array.FindIndex(lines, l => l.StartsWith("2022,", StringComparison.Ordinal));
        lines[first] = "2022,relocation_quota,XYZ,6587,Ministry of Labour via press";
        var quotas = dir.Write("quotas.csv", string.Join('\n', lines) + "\n");
        var scenario = dir.Write("q.yaml", $"""
            name: q
            extends: {RepositoryPaths.Baseline}
            population:
              quotas: {quotas}
            """);

        var error = Assert.Single(ScenarioLoader.Validate(scenario));

        Assert.Equal((ScenarioPaths.Display(quotas), first + 1, "region"), (error.File, error.Line, error.KeyPath));
        Assert.Contains("XYZ", error.Message, StringComparison.Ordinal);
    }

    private static string ScenarioUsing(TempFolder dir, string? regions = null, string? vitalRates = null) => dir.Write("s.yaml", $"""
        name: s
        extends: {RepositoryPaths.Baseline}
        population:
          regions: {regions ?? ShippedRegions}
          vital_rates: {vitalRates ?? ShippedVitalRates}
        """);

    private static string WithRegionField(TempFolder dir, string code, int field, string value)
    {
        var path = dir.Write("regions.csv", File.ReadAllText(ShippedRegions));
        ReplaceField(path, code, field, value);
        return path;
    }

    private static void ReplaceField(string path, string code, int field, string value)
    {
        var lines = File.ReadAllLines(path);
        var i = Array.FindIndex(lines, l => l.StartsWith(code + ",", StringComparison.Ordinal));
        var fields = lines[i].Split(',');
        fields[field] = value;
        lines[i] = string.Join(',', fields);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
    }
}
