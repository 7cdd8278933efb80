using Sim.Host.Tests.Infrastructure;

namespace Sim.Host.Tests.Commands;

/// <summary><c>sim report</c> and <c>sim compare</c> name the corrupt Parquet file of a run, not only the run folder.</summary>
public sealed class CorruptRunFileTests
{
    [Theory]
    [InlineData("region_month")]
    [InlineData("flows")]
    public async Task Report_and_compare_name_the_corrupt_part_file(string table)
    {
        using var temp = new TempFolder("corrupt-part");
        var good = temp.Combine("good");
        var bad = temp.Combine("bad");
        await CliHarness.RunSmallAsync(good);
        await CliHarness.RunSmallAsync(bad);
        var part = Directory.GetFiles(Path.Combine(bad, table), "*.parquet").Order(StringComparer.Ordinal).Last();
        // Drop the first bytes: the footer no longer points at the pages it describes.
        var bytes = File.ReadAllBytes(part)[50..];
        File.WriteAllBytes(part, bytes);

        var (reportCode, _, reportError) = await CliHarness.RunAsync(["report", bad, "--out", temp.Combine("report.html")]);
        var (compareCode, _, compareError) = await CliHarness.RunAsync(["compare", good, bad]);

        foreach (var (code, error) in new[] { (reportCode, reportError), (compareCode, compareError) })
        {
            Assert.Equal(2, code);
            Assert.StartsWith($"{part}: cannot be read (", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)).Split(": ", 2)[1], StringComparison.Ordinal);
        }

        Assert.False(File.Exists(temp.Combine("report.html")));
    }
}
