using Sim.Reporting.Ensembles;

namespace Sim.Reporting.Runs;

/// <summary>
/// What a report or comparison is about: one run, or the members of an ensemble (sorted by seed). Every member
/// covers the same regions and months with the same indicator columns.
/// </summary>
public sealed class RunSet
{
    private RunSet(string path, bool isEnsemble, IReadOnlyList<RunData> members)
    {
        Path = path;
        IsEnsemble = isEnsemble;
        Members = members;
    }

    /// <summary>The run or ensemble folder.</summary>
    public string Path { get; }

    /// <summary>A short name: the folder's name.</summary>
    public string Label => System.IO.Path.GetFileName(System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(Path)));

    /// <summary>Whether this is an ensemble folder (members/ and summary/) rather than one run.</summary>
    public bool IsEnsemble { get; }

    /// <summary>The runs: one for a run folder, the members sorted by seed for an ensemble.</summary>
    public IReadOnlyList<RunData> Members { get; }

    /// <summary>The first member (regions, months and indicators are the same in all).</summary>
    public RunData First => Members[0];

    /// <summary>Reads a run folder or an ensemble folder.</summary>
    public static RunSet Load(string path)
    {
        if (EnsembleFolder.IsEnsemble(path))
        {
            return FromMembers(path, true, EnsembleFolder.MemberFolders(path).Select(RunFolderReader.Read).ToList());
        }

        if (Directory.Exists(path) && !RunFolderReader.IsRun(path))
        {
            throw new ReportInputException($"{path} is not a run or ensemble folder: it has neither region_month/ (a run written by 'sim run') nor members/ (an ensemble)");
        }

        return FromMembers(path, false, [RunFolderReader.Read(path)]);
    }

    /// <summary>Groups runs read elsewhere (members are sorted by seed, then folder).</summary>
    public static RunSet FromMembers(string path, bool isEnsemble, IReadOnlyList<RunData> members)
    {
        if (members.Count == 0)
        {
            throw new ReportInputException($"{path}: the ensemble has no members");
        }

        var sorted = members.OrderBy(m => m.Seed ?? ulong.MaxValue).ThenBy(m => m.Folder, StringComparer.Ordinal).ToList();
        foreach (var member in sorted.Skip(1))
        {
            RequireSameShape(sorted[0], member);
        }

        return new RunSet(path, isEnsemble, sorted);
    }

    /// <summary>Throws when two runs cover different regions, months or indicator columns.</summary>
    public static void RequireSameShape(RunData a, RunData b)
    {
        if (!a.RegionCodes.SequenceEqual(b.RegionCodes))
        {
            throw new ReportInputException($"{b.Folder} covers regions {string.Join(",", b.RegionCodes)} but {a.Folder} covers {string.Join(",", a.RegionCodes)}; runs compared must cover the same regions");
        }

        if (!a.Months.SequenceEqual(b.Months))
        {
            throw new ReportInputException($"{b.Folder} covers {Period(b)} but {a.Folder} covers {Period(a)}; runs compared must cover the same months");
        }

        var missing = a.Indicators.Except(b.Indicators).Concat(b.Indicators.Except(a.Indicators)).ToList();
        if (missing.Count > 0)
        {
            var lacking = a.Indicators.Contains(missing[0]) ? b : a;
            throw new ReportInputException($"{lacking.Folder}: region_month lacks indicator '{missing[0]}' that {(lacking == a ? b : a).Folder} has; runs compared must have the same indicators");
        }
    }

    /// <summary>"2023-01 to 2024-06".</summary>
    public static string Period(RunData run) => $"{run.Months[0]:yyyy-MM} to {run.Months[^1]:yyyy-MM}";
}
