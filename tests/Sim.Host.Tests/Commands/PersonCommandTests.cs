using Sim.Host.Tests.Infrastructure;
using Sim.Parquet;

namespace Sim.Host.Tests.Commands;

/// <summary><c>sim person</c> on a finished run: from the files, and live by replaying it on the grains.</summary>
public sealed class PersonCommandTests
{
    [Fact]
    public async Task A_person_is_shown_from_the_snapshot_and_events_and_live_with_the_same_profile()
    {
        using var temp = new TempFolder("person");
        var dir = temp.Combine("run");
        var (code, _, error) = await CliHarness.RunAsync(["run", CliHarness.SmallScenario, "--out", dir]);
        Assert.True(code == 0, error);

        // A foreigner in Astana's December snapshot (interesting: status and arrival).
        string status, region;
        long id;
        using (var reader = ParquetFileReader.Open(Path.Combine(dir, "persons", "year=2023", "part-18.parquet")))
        {
            var ids = reader.ReadAll<long>("person_id");
            var citizenship = reader.ReadAllStrings("citizenship");
            var i = Array.FindIndex(citizenship, c => c != "KZ");
            Assert.True(i >= 0);
            id = ids[i];
            status = reader.ReadAllStrings("legal_status")[i]!;
            region = reader.ReadAllStrings("region_code")[i]!;
        }

        var (fileCode, fromFiles, fileError) = await CliHarness.RunAsync(["person", dir, id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        Assert.True(fileCode == 0, fileError);
        Assert.Contains(status, fromFiles, StringComparison.Ordinal);
        Assert.Contains(region, fromFiles, StringComparison.Ordinal);
        Assert.Contains("history", fromFiles, StringComparison.Ordinal);

        var (liveCode, live, liveError) = await CliHarness.RunAsync(["person", dir, id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--live"]);
        Assert.True(liveCode == 0, liveError);
        Assert.Contains("at the end of 2023-12", live, StringComparison.Ordinal);
        Assert.Contains(status, live, StringComparison.Ordinal);
        Assert.Contains(region, live, StringComparison.Ordinal);

        var (missingCode, _, missing) = await CliHarness.RunAsync(["person", dir, "5"]);
        Assert.Equal(2, missingCode);
        Assert.Contains("person 5", missing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrupt_part_file_or_manifest_is_one_line_naming_the_file_and_exit_2()
    {
        using var temp = new TempFolder("person-corrupt");
        var dir = temp.Combine("run");
        await CliHarness.RunSmallAsync(dir);
        var part = Path.Combine(dir, "events", "part-00.parquet");
        File.WriteAllBytes(part, [.. File.ReadAllBytes(part).Take(100)]);

        var (code, _, error) = await CliHarness.RunAsync(["person", dir, "5"]);

        Assert.Equal(2, code);
        Assert.Contains(part, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(dir, "manifest.json"), "{ not json");
        (code, _, error) = await CliHarness.RunAsync(["person", dir, "5", "--live"]);
        Assert.Equal(2, code);
        Assert.Contains($"no run folder '{dir}'", error, StringComparison.Ordinal);
    }
}
