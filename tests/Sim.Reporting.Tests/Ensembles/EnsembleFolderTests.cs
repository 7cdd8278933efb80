using System.Text.Json.Nodes;
using Sim.Parquet;
using Sim.Reporting.Ensembles;
using Sim.Reporting.Tests.Support;

namespace Sim.Reporting.Tests.Ensembles;

public sealed class EnsembleFolderTests
{
    /// <summary>Seeds in the order the runner hands the members over (not sorted).</summary>
    private static readonly ulong[] Seeds = [4, 2, 5, 1, 3];

    /// <summary>AAA's population_end in agents in the first month, by seed 1..5.</summary>
    private static readonly double[] AaaAgents = [30, 10, 50, 20, 40];

    [Fact]
    public void Five_tiny_members_give_hand_computed_regional_and_national_quantiles()
    {
        using var temp = new TempFolder();
        var assembly = EnsembleFolder.Assemble(WriteMembers(temp, "in"), new JsonObject { ["scenario"] = "tiny" }, temp.Combine("ens"));

        var regional = ReadTable(temp.Combine("ens", EnsembleFolder.RegionalFile), regional: true);
        Assert.Equal(2 * 2 * 3, regional.Count);

        // AAA, Nov 2029: persons (weight 2) by seed 60 20 100 40 80 -> sorted 20 40 60 80 100, h = 4p.
        Assert.Equal([24.0, 28, 60, 92, 96, 60, 5], regional[("2029-11", "AAA", "population_end")], new Close());

        // AAA, Dec 2029: each + 2 persons.
        Assert.Equal([26.0, 30, 62, 94, 98, 62, 5], regional[("2029-12", "AAA", "population_end")], new Close());

        // BBB: 2 * (100 + seed) = 202 204 206 208 210.
        Assert.Equal([202.4, 202.8, 206, 209.2, 209.6, 206, 5], regional[("2029-11", "BBB", "population_end")], new Close());

        // A ratio is not scaled by the weight.
        Assert.Equal([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 5], regional[("2029-12", "AAA", "unemployment_rate")], new Close());

        var national = ReadTable(temp.Combine("ens", EnsembleFolder.NationalFile), regional: false);
        Assert.Equal(2 * 3, national.Count);

        // National population by seed: 2 * (AAA + 100 + seed) = 262 224 306 248 290 -> 224 248 262 290 306.
        Assert.Equal([228.8, 233.6, 262, 299.6, 302.8, 266, 5], national[("2029-11", null, "population_end")], new Close());

        // National unemployment: (0.1 * 20 + 0.3 * 60) / 80 = 0.25 persons-weighted, in every member.
        Assert.Equal([0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 5], national[("2029-11", null, "unemployment_rate")], new Close());

        Assert.Equal(12, assembly.RegionalRows);
        Assert.Equal(6, assembly.NationalRows);

        // Flows read under either group column name: seed movers AAA -> BBB, in persons.
        var members = Sim.Reporting.Runs.RunSet.Load(assembly.Folder).Members;
        Assert.Equal([2.0, 4, 6, 8, 10], members.Select(m => m.Flows.OriginDestination[0, 1]));
        Assert.All(members, m => Assert.Equal(["citizen"], m.Flows.Groups));
        Assert.All(members, m => Assert.Equal(["population_end", "labour_force", "unemployment_rate"], m.Indicators));
    }

    [Fact]
    public void The_layout_has_members_by_seed_summary_and_manifest_and_the_bytes_repeat()
    {
        using var temp = new TempFolder();
        var first = EnsembleFolder.Assemble(WriteMembers(temp, "a"), new JsonObject { ["scenario"] = "tiny" }, temp.Combine("ens-a"));
        var second = EnsembleFolder.Assemble(WriteMembers(temp, "b").Reverse().ToList(), new JsonObject { ["scenario"] = "tiny" }, temp.Combine("ens-b"));

        Assert.Equal(Enumerable.Range(1, 5).Select(s => temp.Combine("ens-a", "members", $"seed-{s}")), first.Members);
        Assert.All(first.Members, m => Assert.True(File.Exists(Path.Combine(m, "region_month", "part-00.parquet"))));
        Assert.False(Directory.Exists(temp.Combine("a")) && Directory.EnumerateDirectories(temp.Combine("a")).Any());
        foreach (var file in new[] { EnsembleFolder.RegionalFile, EnsembleFolder.NationalFile })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.Folder, file)), File.ReadAllBytes(Path.Combine(second.Folder, file)));
        }

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(first.Folder, EnsembleFolder.ManifestFile)))!;
        Assert.Equal("tiny", (string?)manifest["scenario"]);
        Assert.Equal("ensemble", (string?)manifest["kind"]);
        Assert.Equal([1UL, 2, 3, 4, 5], manifest["members"]!.AsArray().Select(m => (ulong)m!["seed"]!));
        Assert.Equal("members/seed-3", (string?)manifest["members"]![2]!["path"]);
        Assert.Equal(File.ReadAllText(Path.Combine(first.Folder, EnsembleFolder.ManifestFile)), File.ReadAllText(Path.Combine(second.Folder, EnsembleFolder.ManifestFile)));
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path, ".*"));
    }

    [Fact]
    public void Members_of_different_regions_are_refused_and_moved_back()
    {
        using var temp = new TempFolder();
        var members = WriteMembers(temp, "in").ToList();
        var odd = new TinyRun { Seed = 9, Weight = 2, Regions = ["AAA", "CCC"] };
        odd.Columns["population_end"] = new double[,] { { 1, 2 }, { 1, 2 } };
        odd.Columns["labour_force"] = new double[,] { { 1, 2 }, { 1, 2 } };
        odd.Columns["unemployment_rate"] = new double[,] { { 0.5, 0.5 }, { 0.5, 0.5 } };
        members.Add(odd.Write(temp.Combine("in", "odd")));

        var e = Assert.Throws<ReportInputException>(() => EnsembleFolder.Assemble(members, [], temp.Combine("ens")));
        Assert.Contains("covers regions AAA,CCC", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
        Assert.False(Directory.Exists(temp.Combine("ens")));
        Assert.All(members, m => Assert.True(Directory.Exists(m)));
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path, ".*"));
    }

    [Fact]
    public void Drawn_parameters_go_to_the_members_in_the_manifest_and_to_a_long_table_sorted_by_seed()
    {
        using var temp = new TempFolder();
        MemberParameter[] drawn = [new(4, "b", 0.4), new(4, "a", -4), new(1, "b", 0.1), new(1, "a", -1), new(2, "a", -2), new(2, "b", 0.2),
            new(3, "a", -3), new(3, "b", 0.3), new(5, "a", -5), new(5, "b", 0.5)];

        EnsembleFolder.Assemble(WriteMembers(temp, "in"), [], temp.Combine("ens"), drawn);

        var manifest = JsonNode.Parse(File.ReadAllText(temp.Combine("ens", EnsembleFolder.ManifestFile)))!;
        var first = manifest["members"]!.AsArray()[0]!;
        Assert.Equal((1UL, -1.0, 0.1), ((ulong)first["seed"]!, (double)first["parameters"]!["a"]!, (double)first["parameters"]!["b"]!));
        Assert.Equal(10, (int)manifest["parameter_table"]!["rows"]!);
        using var table = ParquetFileReader.Open(temp.Combine("ens", EnsembleFolder.ParametersFile));
        Assert.Equal([1UL, 1, 2, 2, 3, 3, 4, 4, 5, 5], table.ReadAll<ulong>("seed"));
        Assert.Equal(["b", "a", "a", "b", "a", "b", "b", "a", "a", "b"], table.ReadAllStrings("parameter").Select(k => k!));
        Assert.Equal([0.1, -1, -2, 0.2, -3, 0.3, 0.4, -4, -5, 0.5], table.ReadAll<double>("value"));
    }

    [Fact]
    public void A_drawn_parameter_of_a_seed_no_member_has_is_refused_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        var members = WriteMembers(temp, "in");

        var e = Assert.Throws<ReportInputException>(() => EnsembleFolder.Assemble(members, [], temp.Combine("ens"), [new MemberParameter(9, "a", 1)]));

        Assert.Contains("names seed 9, which no member has", e.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("ens")));
    }

    [Fact]
    public void Duplicate_seeds_and_an_existing_target_are_refused()
    {
        using var temp = new TempFolder();
        var members = WriteMembers(temp, "in");
        var twice = new[] { members[0], members[0] };
        Assert.Contains("two members have seed 4", Assert.Throws<ReportInputException>(() => EnsembleFolder.Assemble(twice, [], temp.Combine("ens"))).Message, StringComparison.Ordinal);
        Directory.CreateDirectory(temp.Combine("exists"));
        Assert.Contains("already exists", Assert.Throws<ReportInputException>(() => EnsembleFolder.Assemble(members, [], temp.Combine("exists"))).Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Five members: AAA's population differs by seed, BBB's is 100 + seed agents; weight 2. Odd seeds are written
    /// as a later output version would (flows 'mover_group', region_month with scenario and seed columns).
    /// </summary>
    internal static IReadOnlyList<string> WriteMembers(TempFolder temp, string folder)
    {
        var paths = new List<string>();
        foreach (var seed in Seeds)
        {
            var aaa = AaaAgents[seed - 1];
            var run = new TinyRun { Seed = seed, Weight = 2, GroupColumn = seed % 2 == 0 ? "group" : "mover_group", IdentityColumns = seed % 2 == 1 };
            run.Columns["population_end"] = new double[,] { { aaa, 100 + seed }, { aaa + 1, 100 + seed } };
            run.Columns["labour_force"] = new double[,] { { 10, 30 }, { 10, 30 } };
            run.Columns["unemployment_rate"] = new double[,] { { 0.1, 0.3 }, { 0.1, 0.3 } };
            run.Flows.Add((0, "AAA", "BBB", "citizen", (long)seed));
            paths.Add(run.Write(temp.Combine(folder, $"run-{seed}")));
        }

        return paths;
    }

    private static Dictionary<(string Month, string? Region, string Indicator), double[]> ReadTable(string path, bool regional)
    {
        using var reader = ParquetFileReader.Open(path);
        Assert.Equal(QuantileTableWriter.Definition, reader.KeyValueMetadata[QuantileTableWriter.DefinitionKey]);
        var months = reader.ReadAll<DateOnly>("month");
        var regions = regional ? reader.ReadAllStrings("region_code") : null;
        var indicators = reader.ReadAllStrings("indicator");
        var columns = new[] { "p05", "p10", "p50", "p90", "p95", "mean" }.Select(reader.ReadAll<double>).ToList();
        var members = reader.ReadAll<int>("members");
        var table = new Dictionary<(string, string?, string), double[]>();
        for (var i = 0; i < months.Length; i++)
        {
            table.Add((months[i].ToString("yyyy-MM"), regions?[i], indicators[i]!), [.. columns.Select(c => c[i]), members[i]]);
        }

        return table;
    }

    private sealed class Close : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-9;

        public int GetHashCode(double obj) => 0;
    }
}
