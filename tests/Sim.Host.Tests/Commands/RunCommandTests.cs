using System.Text.Json;
using Sim.Host.Tests.Infrastructure;
using Sim.Parquet;

namespace Sim.Host.Tests.Commands;

/// <summary><c>sim run</c> through the command line: validation first, run folders, cancellation, outputs.</summary>
public sealed class RunCommandTests
{
    [Fact]
    public async Task A_run_writes_the_run_folder_and_prints_the_summary()
    {
        using var temp = new TempFolder("run");
        var dir = temp.Combine("r1");
        var (code, output, error) = await CliHarness.RunAsync(["run", CliHarness.SmallScenario, "--out", dir, "--end", "2023-06", "--silos", "2"]);

        Assert.True(code == 0, error + output);
        Assert.True(File.Exists(Path.Combine(dir, "sim.log")), "the silos' log goes into the run folder");
        Assert.Contains("Orleans", File.ReadAllText(Path.Combine(dir, "sim.log")), StringComparison.Ordinal);
        Assert.DoesNotContain("Orleans", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir, "manifest.json")));
        Assert.Contains("\nend: 2023-06\n", File.ReadAllText(Path.Combine(dir, "scenario.resolved.yaml")), StringComparison.Ordinal);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json")));
        Assert.Equal(6, manifest.RootElement.GetProperty("months").GetInt32());
        using (var reader = ParquetFileReader.Open(Path.Combine(dir, "region_month", "part-00.parquet")))
        {
            Assert.Equal(6, reader.RowCount);
        }

        Assert.Contains("Kazakhstan", output, StringComparison.Ordinal);
        Assert.Contains("2023-06: month 6/6", output, StringComparison.Ordinal);
        Assert.Equal([dir], Directory.GetFileSystemEntries(temp.Path));
    }

    [Theory]
    [InlineData("--threads", "2", "--threads: removed")]
    [InlineData("--silos", "0", "--silos 0: allowed 1 to 16")]
    [InlineData("--silos", "17", "--silos 17: allowed 1 to 16")]
    public async Task Removed_or_out_of_range_hosting_options_exit_2_with_the_reason_and_write_nothing(string option, string value, string message)
    {
        using var temp = new TempFolder("hosting-options");
        var dir = temp.Combine("r");
        var (code, _, error) = await CliHarness.RunAsync(["run", CliHarness.SmallScenario, "--out", dir, option, value]);

        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Theory]
    [InlineData(80)]
    [InlineData(100)]
    [InlineData(200)]
    public async Task The_summary_fits_the_terminal_without_wrapping(int width)
    {
        using var temp = new TempFolder("width");
        var (code, output, error) = await CliHarness.RunAsync(["run", CliHarness.SmallScenario, "--out", temp.Combine("r"), "--end", "2023-02"], width: width);

        Assert.True(code == 0, error);
        var table = output.Split('\n').SkipWhile(l => !l.Contains("persons (agents x", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(table);
        Assert.All(table, line => Assert.True(line.TrimEnd().Length <= width, $"{line.TrimEnd().Length} > {width}: {line}"));
        var kazakhstan = table.Where(l => l.Contains("│ Kazakhstan", StringComparison.Ordinal)).ToList();
        Assert.Equal(width >= 180 ? 1 : 2, kazakhstan.Count); // one wide table, or the same figures in two narrow ones
        Assert.Contains(table, l => l.Contains("AST", StringComparison.Ordinal) && !l.Contains("Astana", StringComparison.Ordinal) == (width < 180));
        foreach (var header in new[] { "arrivals", "departures", "programme", "unemployment" })
        {
            Assert.Contains(table, l => l.Contains(header, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_bad_scenario_exits_2_naming_file_and_line_and_writes_nothing()
    {
        using var temp = new TempFolder("bad");
        var scenario = temp.Combine("bad.yaml");
        File.WriteAllText(scenario, $"name: bad\nextends: {CliHarness.SmallScenario}\npopulation:\n  scale: 7\n  colour: blue\n");
        var outDir = temp.Combine("out", "bad");

        var (code, _, error) = await CliHarness.RunAsync(["run", scenario, "--out", outDir]);

        Assert.Equal(2, code);
        Assert.Contains($"{scenario}:4:", error, StringComparison.Ordinal); // scale: 7
        Assert.Contains($"{scenario}:5:", error, StringComparison.Ordinal); // unknown key colour
        Assert.Contains("population.scale", error, StringComparison.Ordinal);
        Assert.Contains("allowed", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("out")), "nothing is written for bad input");
    }

    [Fact]
    public async Task A_bad_data_file_exits_2_naming_file_line_column_and_value_and_writes_nothing()
    {
        using var temp = new TempFolder("bad-data");
        var settlement = temp.Write("settlement.csv", "# test\ncode,share,source\nALM,0.27,x\nXYZ,0.1,x\n");
        var scenario = temp.Write("bad.yaml", $"name: bad\nextends: {CliHarness.SmallScenario}\npopulation:\n  kandas_settlement: settlement.csv\n");
        var outDir = temp.Combine("out", "bad");

        var (code, _, error) = await CliHarness.RunAsync(["run", scenario, "--out", outDir]);

        Assert.Equal(2, code);
        Assert.Contains($"{settlement}:4:1: code: 'XYZ' is not a region code of the regions table (allowed: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("out")), "nothing is written for bad input");
    }

    [Fact]
    public async Task Bad_options_exit_2_before_any_work()
    {
        using var temp = new TempFolder("opts");
        var (code, _, error) = await CliHarness.RunAsync(["run", CliHarness.SmallScenario, "--out", temp.Combine("x"), "--scale", "2.5", "--end", "2023-13", "--silos", "0", "--threads", "100000"]);
        Assert.Equal(2, code);
        Assert.Contains("--scale 2.5: allowed 0 < scale <= 2", error, StringComparison.Ordinal);
        Assert.Contains("--end 2023-13", error, StringComparison.Ordinal);
        Assert.Contains("--silos 0", error, StringComparison.Ordinal);
        Assert.Contains("--threads: removed", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public async Task An_existing_run_folder_is_refused_without_force_and_replaced_with_it()
    {
        using var temp = new TempFolder("exists");
        var dir = temp.Combine("run");
        Directory.CreateDirectory(dir);
        const string Earlier = """{"format": "sim-run/1", "run": "earlier"}""";
        File.WriteAllText(Path.Combine(dir, "manifest.json"), Earlier);

        var (code, _, error) = await CliHarness.RunAsync(["run", CliHarness.SmallScenario, "--out", dir, "--end", "2023-02"]);
        Assert.Equal(2, code);
        Assert.Contains("--force", error, StringComparison.Ordinal);
        Assert.Equal(Earlier, File.ReadAllText(Path.Combine(dir, "manifest.json")));

        (code, _, error) = await CliHarness.RunAsync(["run", CliHarness.SmallScenario, "--out", dir, "--end", "2023-02", "--force"]);
        Assert.True(code == 0, error);
        Assert.Contains("\"months\": 2", File.ReadAllText(Path.Combine(dir, "manifest.json")), StringComparison.Ordinal);
        Assert.Equal([dir], Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public async Task Cancelling_stops_the_run_with_130_and_leaves_no_folder()
    {
        using var temp = new TempFolder("cancel");
        var dir = temp.Combine("run");
        using var cancel = new CancellationTokenSource();
        var output = new CancelOnLine("population synthesised", cancel);

        var (code, text, _) = await CliHarness.RunAsync(["run", CliHarness.SmallScenario, "--out", dir, "--silos", "2"], cancel.Token, output);

        Assert.Equal(130, code);
        Assert.Contains("cancelled", text, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }
}
