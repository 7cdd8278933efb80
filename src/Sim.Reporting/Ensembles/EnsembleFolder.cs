using System.Text.Json;
using System.Text.Json.Nodes;
using Sim.Reporting.Runs;

namespace Sim.Reporting.Ensembles;

/// <summary>
/// The layout of an ensemble folder and how one is made from finished member runs:
/// <code>
/// ENSEMBLE/manifest.json                              the runner's manifest + members + summary files
/// ENSEMBLE/members/seed-N/...                         each member's run folder (region_month/, flows/, manifest.json ...)
/// ENSEMBLE/summary/region_month_quantiles.parquet     p05 p10 p50 p90 p95 mean per (month, region, indicator)
/// ENSEMBLE/summary/national_month_quantiles.parquet   the same per (month, indicator) for the nation
/// ENSEMBLE/parameters.parquet                         each member's drawn parameter values (when drawn)
/// </code>
/// </summary>
public static class EnsembleFolder
{
    /// <summary>Folder of the member runs.</summary>
    public const string MembersFolder = "members";

    /// <summary>Folder of the quantile tables.</summary>
    public const string SummaryFolder = "summary";

    /// <summary>Regional quantile table, relative to the ensemble folder.</summary>
    public const string RegionalFile = "summary/region_month_quantiles.parquet";

    /// <summary>National quantile table, relative to the ensemble folder.</summary>
    public const string NationalFile = "summary/national_month_quantiles.parquet";

    /// <summary>The members' drawn parameter values, relative to the ensemble folder.</summary>
    public const string ParametersFile = "parameters.parquet";

    /// <summary>The ensemble manifest's file name.</summary>
    public const string ManifestFile = "manifest.json";

    /// <summary>Name of a member's folder under members/.</summary>
    public static string MemberFolderName(ulong seed) => $"seed-{seed}";

    /// <summary>Whether <paramref name="folder"/> is an ensemble folder (it has members/).</summary>
    public static bool IsEnsemble(string folder) => Directory.Exists(Path.Combine(folder, MembersFolder));

    /// <summary>The member run folders of an ensemble, in name order.</summary>
    public static IReadOnlyList<string> MemberFolders(string ensemble)
    {
        var members = Directory.EnumerateDirectories(Path.Combine(ensemble, MembersFolder)).Order(StringComparer.Ordinal).ToList();
        return members.Count > 0 ? members : throw new ReportInputException($"{ensemble}: {MembersFolder}/ holds no member run folders");
    }

    /// <summary>
    /// Makes the ensemble folder <paramref name="ensembleFolder"/> (which must not exist) from finished member run
    /// folders: moves each into <c>members/seed-N</c> (N from its manifest.json), writes the quantile tables and
    /// <c>manifest.json</c> (<paramref name="parentManifest"/> with <c>kind</c>, <c>members</c>,
    /// <c>quantile_definition</c> and <c>summary</c> added). The folder is built beside the target and renamed
    /// into place at the end: on failure the members are moved back and nothing is left behind. Members are moved,
    /// not copied, so they must lie on the same file system as the ensemble folder (the runner writes them beside it).
    /// Members' drawn <paramref name="parameters"/>, when given, go to <c>parameters.parquet</c> and to each member's
    /// entry in the manifest.
    /// </summary>
    public static EnsembleAssembly Assemble(IReadOnlyList<string> memberFolders, JsonObject parentManifest, string ensembleFolder,
        IReadOnlyList<MemberParameter>? parameters = null)
    {
        parameters ??= [];
        var target = Path.GetFullPath(ensembleFolder);
        if (Directory.Exists(target) || File.Exists(target))
        {
            throw new ReportInputException($"{ensembleFolder}: already exists; an ensemble is written into a new folder");
        }

        var seeds = memberFolders.Select(ReadMemberSeed).ToList();
        var duplicate = seeds.GroupBy(s => s).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ReportInputException($"two members have seed {duplicate.Key}; every member of an ensemble has its own seed");
        }

        if (parameters.FirstOrDefault(p => !seeds.Contains(p.Seed)) is { } stray)
        {
            throw new ReportInputException($"a drawn parameter {stray.Key} names seed {stray.Seed}, which no member has");
        }

        var staging = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.assembling");
        if (Directory.Exists(staging))
        {
            throw new ReportInputException($"{staging}: exists (left by an interrupted assembly?); remove it first");
        }

        Directory.CreateDirectory(Path.Combine(staging, MembersFolder));
        var moved = new List<(string From, string To)>();
        try
        {
            foreach (var (folder, seed) in memberFolders.Zip(seeds).OrderBy(p => p.Second))
            {
                var to = Path.Combine(staging, MembersFolder, MemberFolderName(seed));
                Directory.Move(folder, to);
                moved.Add((folder, to));
            }

            var ensemble = RunSet.Load(staging);
            Directory.CreateDirectory(Path.Combine(staging, SummaryFolder));
            var regionalRows = QuantileTableWriter.Write(Path.Combine(staging, RegionalFile), "region_month_quantiles", EnsembleStatistics.Regional(ensemble), regional: true);
            var nationalRows = QuantileTableWriter.Write(Path.Combine(staging, NationalFile), "national_month_quantiles", EnsembleStatistics.National(ensemble), regional: false);
            var parameterRows = parameters.Count > 0 ? MemberParameterTableWriter.Write(Path.Combine(staging, ParametersFile), parameters) : 0;
            WriteManifest(Path.Combine(staging, ManifestFile), parentManifest, ensemble, seeds.Order().ToList(), regionalRows, nationalRows, parameters, parameterRows);
            Directory.Move(staging, target);
            return new EnsembleAssembly(target, seeds.Order().Select(s => Path.Combine(target, MembersFolder, MemberFolderName(s))).ToList(), regionalRows, nationalRows);
        }
        catch
        {
            foreach (var (from, to) in moved)
            {
                if (Directory.Exists(to) && !Directory.Exists(from))
                {
                    Directory.Move(to, from);
                }
            }

            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            throw;
        }
    }

    private static ulong ReadMemberSeed(string folder)
    {
        var path = Path.Combine(folder, "manifest.json");
        if (!File.Exists(path))
        {
            throw new ReportInputException($"{folder}: not a finished run (no manifest.json); members must be run folders written by a run");
        }

        var seed = RunFolderReader.ReadSeed(folder);
        return seed ?? throw new ReportInputException($"{path}: has no numeric 'seed'; members are named and sorted by seed");
    }

    private static void WriteManifest(string path, JsonObject parent, RunSet ensemble, IReadOnlyList<ulong> seeds, long regionalRows, long nationalRows,
        IReadOnlyList<MemberParameter> parameters, long parameterRows)
    {
        var manifest = (JsonObject)parent.DeepClone();
        manifest["kind"] = "ensemble";
        manifest["members"] = new JsonArray(seeds.Select(s =>
        {
            var member = new JsonObject { ["seed"] = s, ["path"] = $"{MembersFolder}/{MemberFolderName(s)}" };
            var drawn = parameters.Where(p => p.Seed == s).ToList();
            if (drawn.Count > 0)
            {
                member["parameters"] = new JsonObject(drawn.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value)));
            }

            return (JsonNode)member;
        }).ToArray());
        manifest["months"] = ensemble.First.Months.Count;
        manifest["regions"] = ensemble.First.RegionCodes.Count;
        manifest["quantile_definition"] = QuantileTableWriter.Definition;
        manifest["summary"] = new JsonArray(
            new JsonObject { ["path"] = RegionalFile, ["rows"] = regionalRows },
            new JsonObject { ["path"] = NationalFile, ["rows"] = nationalRows });
        if (parameterRows > 0)
        {
            manifest["parameter_table"] = new JsonObject { ["path"] = ParametersFile, ["rows"] = parameterRows };
        }

        File.WriteAllText(path, manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}
