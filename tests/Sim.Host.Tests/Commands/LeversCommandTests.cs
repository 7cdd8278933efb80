using System.Globalization;
using System.Text.RegularExpressions;
using Sim.Host.Tests.Infrastructure;

namespace Sim.Host.Tests.Commands;

/// <summary><c>sim levers</c> on real runs of the baseline and the 2023-2027 concept (scale 0.002, six months).</summary>
public sealed partial class LeversCommandTests : IDisposable
{
    private readonly TempFolder _temp = new("levers-runs");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Every_lever_is_listed_with_its_dates_and_the_persons_it_produced_against_the_baseline()
    {
        var baseline = await Run("baseline.yaml");
        var concept = await Run("concept-2023-2027.yaml");
        var (code, output, error) = await CliHarness.RunAsync(["levers", concept, "--against", baseline, "--markdown"]);
        Assert.True(code == 0, error + output);
        var rows = output.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Skip(2).ToList(); // header and separator
        Assert.Equal(
            ["in_demand_permit", "investor_visa", "scientific_visa", "refugee_status", "work_permits", "enforcement", "migrant_id_cards", "border_control", "relocation_programme", "kandas"],
            rows.Select(r => r.Split('|')[1].Trim()));
        var scientific = rows.Single(r => r.StartsWith("| scientific_visa ", StringComparison.Ordinal));
        Assert.Contains("2023-01: enabled=true, quota_per_year=100; 2028-01: enabled=false, quota_per_year=0", scientific, StringComparison.Ordinal);

        // At scale 0.002 the 100-a-year quota is 0.2 agents a year: marked below resolution, with 0.2 as the scale to run at.
        Assert.Contains("below resolution at scale 0.002, 0.2 agents a year: run at ≥ 0.2", scientific, StringComparison.Ordinal);
        Assert.DoesNotContain("below resolution", rows.Single(r => r.StartsWith("| work_permits ", StringComparison.Ordinal)), StringComparison.Ordinal);

        // The enacted quotas the levers scale come from the run's data files (quotas.csv, kandas.csv).
        Assert.Contains("quota_multiplier=1, uptake=0.4, subsidy_kzt=1172700; data: quota 2022 6,587, 2023 6,727,", rows.Single(r => r.StartsWith("| relocation_programme ", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("data: quota 2022 1,499, 2023 1,925, 2024 3,033, 2025 2,309, 2026 2,281; arrivals 2022 19,178,", rows.Single(r => r.StartsWith("| kandas ", StringComparison.Ordinal)), StringComparison.Ordinal);

        // Kandas: 2023 arrivals ~21k (EST, KAZAKHSTAN.md); the same in both runs, so the difference is zero.
        var kandas = rows.Single(r => r.StartsWith("| kandas ", StringComparison.Ordinal)).Split('|');
        var perYear = double.Parse(NumberAfter().Match(kandas[4]).Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        Assert.InRange(perYear, 21_000 * 0.7, 21_000 * 1.3);
        Assert.Equal("0", kandas[6].Trim());
    }

    [Fact]
    public async Task A_folder_that_is_not_a_run_is_bad_input()
    {
        var missing = _temp.Combine("no-such-run");
        var (code, _, error) = await CliHarness.RunAsync(["levers", missing]);
        Assert.Equal(2, code);
        Assert.Contains(missing, error, StringComparison.Ordinal);
    }

    private async Task<string> Run(string scenario)
    {
        var folder = _temp.Combine(Path.GetFileNameWithoutExtension(scenario));
        var (code, output, error) = await CliHarness.RunAsync(
            ["run", RepositoryPaths.Scenario(scenario), "--scale", "0.002", "--end", "2023-06", "--out", folder]);
        Assert.True(code == 0, error + output);
        return folder;
    }

    [GeneratedRegex(@"kandas_arrivals ([0-9,]+)")]
    private static partial Regex NumberAfter();
}
