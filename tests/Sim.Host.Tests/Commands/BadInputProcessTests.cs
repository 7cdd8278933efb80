using System.Text;
using Sim.Host.Tests.Infrastructure;

namespace Sim.Host.Tests.Commands;

/// <summary>
/// Hostile and mistaken inputs to <c>sim validate</c> and <c>sim run</c> in a separate process, as a user meets them:
/// exit 2, one line naming the problem (no stack trace), and nothing written to the working folder.
/// </summary>
public sealed class BadInputProcessTests
{
    private static readonly string ShippedRegions = RepositoryPaths.Combine("scenarios", "data", "regions.csv");

    public static TheoryData<string, string> BadScenarios() => new()
    {
        { "alias-bomb", "x.yaml:3:8: b[0]: aliases are not allowed in scenario files (found *a)" },
        { "deep", "x.yaml:2:72: " },
        { "huge", "x.yaml:1:1: (document): the file is larger than the limit for a scenario file (1,048,576 bytes)" },
        { "negative-population", "regions.csv:3:28: pop_2022_01_01: value -611888 is out of range" },
        { "unclosed-quote", "regions.csv:4:1: (document): a field opens a quote that is not closed on this line" },
        { "old-start", "x.yaml:3:8: start: month 1900-01 is outside the period the model has data for; allowed 2022-01 to 2050-12" },
        { "missing-parent", "x.yaml:2:10: extends: file 'nowhere.yaml' does not exist" },
        { "slash-name", "x.yaml:1:7: name: the name cannot name a run folder: '/' would make a folder inside another folder" },
        { "empty-region", "x.yaml:5:10: population.scale: at scale 2E-06 region ULY (221,426 persons on 2023-01) gets no agents" },
    };

    [Theory]
    [MemberData(nameof(BadScenarios))]
    public async Task Validate_and_run_refuse_with_one_located_line_and_write_nothing(string kind, string expected)
    {
        using var temp = new TempFolder("bad-input");
        Write(temp, kind);
        var before = Snapshot(temp.Path);

        var (validateCode, validateOutput) = await SimProcess.RunAsync(temp.Path, ["validate", "x.yaml"]);
        var (runCode, runOutput) = await SimProcess.RunAsync(temp.Path, ["run", "x.yaml", "--end", "2023-02"]);

        foreach (var (code, output) in new[] { (validateCode, validateOutput), (runCode, runOutput) })
        {
            Assert.Equal(2, code);
            Assert.Single(output.Split('\n'), l => l.StartsWith(expected, StringComparison.Ordinal));
            Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        }

        // Each case is one problem: limits stop at the first offence, and an extends problem is reported alone.
        Assert.Contains("1 problem(s)", runOutput, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(temp.Path));
    }

    [Theory]
    [InlineData("--end", "2200-01", "sim run: --end 2200-01: allowed a month from the scenario's start 2023-01 to 2050-12")]
    [InlineData("--scale", "0,1", "sim: --scale 0,1: not a number; allowed a decimal number written with a '.' point")]
    [InlineData("--scale", "0.000001", "sim run: --scale 1E-06: at scale 1E-06 region ULY")]
    [InlineData("--seed", "-1", "sim run: --seed -1: allowed an integer from 0 to")]
    [InlineData("--silos", "many", "sim: --silos many: not a whole number")]
    public async Task Bad_option_values_are_refused_with_one_line(string option, string value, string expected)
    {
        using var temp = new TempFolder("bad-option");

        var (code, output) = await SimProcess.RunAsync(temp.Path, ["run", CliHarness.SmallScenario, option, value]);

        Assert.Equal(2, code);
        Assert.Single(output.Split('\n'), l => l.StartsWith(expected, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    private static void Write(TempFolder temp, string kind)
    {
        var baseline = RepositoryPaths.Baseline;
        switch (kind)
        {
            case "alias-bomb":
                var bomb = new StringBuilder("name: x\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
                var previous = 'a';
                foreach (var name in "bcdefghi")
                {
                    bomb.Append(name).Append(": &").Append(name).Append(" [").Append(string.Join(",", Enumerable.Repeat("*" + previous, 9))).Append("]\n");
                    previous = name;
                }

                temp.Write("x.yaml", bomb.ToString());
                break;
            case "deep":
                temp.Write("x.yaml", "name: x\nlevers: " + new string('[', 100_000) + "\n");
                break;
            case "huge":
                temp.Write("x.yaml", "name: x\n# " + new string('x', 2_000_000) + "\n");
                break;
            case "negative-population":
                var regions = File.ReadAllText(ShippedRegions).Replace("ABA,Abai,Semey,50.41,80.23,611888,", "ABA,Abai,Semey,50.41,80.23,-611888,", StringComparison.Ordinal);
                temp.Write("regions.csv", regions);
                temp.Write("x.yaml", $"name: x\nextends: {baseline}\npopulation:\n  regions: regions.csv\n");
                break;
            case "unclosed-quote":
                var lines = File.ReadAllLines(ShippedRegions);
                lines[3] = "\"AKM,Akmola" + lines[3][10..];
                temp.Write("regions.csv", string.Join('\n', lines) + "\n");
                temp.Write("x.yaml", $"name: x\nextends: {baseline}\npopulation:\n  regions: regions.csv\n");
                break;
            case "old-start":
                temp.Write("x.yaml", $"name: x\nextends: {baseline}\nstart: 1900-01\n");
                break;
            case "missing-parent":
                temp.Write("x.yaml", "name: x\nextends: nowhere.yaml\nstart: 1900-01\nbogus: 1\n");
                break;
            case "slash-name":
                temp.Write("x.yaml", $"name: a/b\nextends: {baseline}\n");
                break;
            case "empty-region":
                temp.Write("x.yaml", $"name: x\nextends: {baseline}\n\npopulation:\n  scale: 0.000002\n");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "no such case");
        }
    }

    private static List<string> Snapshot(string folder) =>
        [.. Directory.GetFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p => Path.GetRelativePath(folder, p) + (File.Exists(p) ? " " + new FileInfo(p).Length : "/"))];
}
