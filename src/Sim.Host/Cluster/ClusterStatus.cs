using System.Globalization;
using System.Text;
using Orleans;
using Orleans.Runtime;
using Sim.Grains.Runs;
using Sim.Model;

namespace Sim.Host.Cluster;

/// <summary>
/// What <c>sim cluster status</c> shows: the silos of the membership table (through Orleans' management grain) and
/// the runs whose run grain is active on one of them, with their progress.
/// </summary>
internal sealed class ClusterStatus
{
    /// <summary>The run grain's class, which starts the type name the management grain reports (<c>Namespace.Class,Assembly</c>).</summary>
    private const string RunGrainType = "Sim.Grains.Runs.RunGrain";

    private ClusterStatus(IReadOnlyList<SiloRow> silos, IReadOnlyList<RunRow> runs, int dead)
    {
        Silos = silos;
        Runs = runs;
        DeadSilos = dead;
    }

    /// <summary>The silos listed (active ones; every one when asked for all).</summary>
    public IReadOnlyList<SiloRow> Silos { get; }

    /// <summary>Started runs, by run id.</summary>
    public IReadOnlyList<RunRow> Runs { get; }

    /// <summary>Silos the membership table holds as dead and that are not listed.</summary>
    public int DeadSilos { get; }

    /// <summary>Asks the cluster.</summary>
    public static async Task<ClusterStatus> QueryAsync(IGrainFactory grains, bool includeDead)
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        var entries = await management.GetDetailedHosts(onlyActive: false);
        var active = entries.Where(e => e.Status == SiloStatus.Active).ToArray();
        var statistics = active.Length == 0 ? [] : await management.GetRuntimeStatistics([.. active.Select(e => e.SiloAddress)]);
        var activations = active.Select((e, i) => (e.SiloAddress, statistics[i].ActivationCount)).ToDictionary(p => p.SiloAddress, p => p.ActivationCount);
        var now = DateTime.UtcNow;
        var silos = entries
            .Where(e => includeDead || e.Status != SiloStatus.Dead)
            .OrderBy(e => e.Status == SiloStatus.Dead).ThenBy(e => e.SiloAddress.ToString(), StringComparer.Ordinal)
            .Select(e => new SiloRow(e.SiloAddress.Endpoint.ToString(), e.Status.ToString(), e.SiloName, now - e.StartTime,
                activations.TryGetValue(e.SiloAddress, out var count) ? count : null))
            .ToList();
        var dead = includeDead ? 0 : entries.Count(e => e.Status == SiloStatus.Dead);

        var grainStatistics = active.Length == 0 ? [] : await management.GetDetailedGrainStatistics(null, [.. active.Select(e => e.SiloAddress)]);
        var runs = new List<RunRow>();
        foreach (var grain in grainStatistics.Where(g => g.GrainType.StartsWith(RunGrainType, StringComparison.Ordinal)).DistinctBy(g => g.GrainId))
        {
            var runId = grain.GrainId.Key.ToString()!;
            var status = await grains.GetGrain<IRunGrain>(runId).GetStatusAsync();
            if (status.Started)
            {
                runs.Add(new RunRow(runId, grain.SiloAddress.Endpoint.ToString(), status));
            }
        }

        runs.Sort((a, b) => string.CompareOrdinal(a.RunId, b.RunId));
        return new ClusterStatus(silos, runs, dead);
    }

    /// <summary>The report as plain text lines (columns aligned).</summary>
    public string Format(string clusterId)
    {
        var text = new StringBuilder();
        var activeCount = Silos.Count(s => s.Status == nameof(SiloStatus.Active));
        var dead = DeadSilos > 0 ? string.Create(CultureInfo.InvariantCulture, $", {DeadSilos} dead in the membership table (--all lists them)") : "";
        text.AppendLine(CultureInfo.InvariantCulture, $"cluster {clusterId}: {activeCount} active silo(s){dead}");
        AppendTable(text, ["SILO", "STATUS", "NAME", "UPTIME", "ACTIVATIONS"],
            Silos.Select(s => new[] { s.Address, s.Status, s.Name, Uptime(s.Uptime), s.Activations?.ToString(CultureInfo.InvariantCulture) ?? "-" }));
        text.AppendLine(CultureInfo.InvariantCulture, $"runs in flight: {Runs.Count}");
        if (Runs.Count > 0)
        {
            AppendTable(text, ["RUN", "MONTHS", "NEXT MONTH", "PERSON-MONTHS/S", "RUN GRAIN ON"],
                Runs.Select(r => new[]
                {
                    r.RunId,
                    string.Create(CultureInfo.InvariantCulture, $"{r.Status.MonthsDone}/{r.Status.MonthCount}"),
                    YearMonth.FromIndex(r.Status.NextMonthIndex).ToString(),
                    r.Status.PersonMonthsPerSecond.ToString("N0", CultureInfo.InvariantCulture),
                    r.Silo,
                }));
        }

        return text.ToString();
    }

    private static string Uptime(TimeSpan t) => t.TotalDays >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalDays}d {t:hh\\:mm\\:ss}")
        : t.ToString("hh\\:mm\\:ss", CultureInfo.InvariantCulture);

    private static void AppendTable(StringBuilder text, string[] header, IEnumerable<string[]> rows)
    {
        var all = new List<string[]> { header };
        all.AddRange(rows);
        var widths = header.Select((_, c) => all.Max(r => r[c].Length)).ToArray();
        foreach (var row in all)
        {
            text.AppendLine(string.Join("  ", row.Select((cell, c) => c == row.Length - 1 ? cell : cell.PadRight(widths[c]))).TrimEnd());
        }
    }

    /// <summary>A silo of the membership table.</summary>
    /// <param name="Address">Its silo endpoint.</param>
    /// <param name="Status">Orleans' status (Active, Joining, ShuttingDown, Dead...).</param>
    /// <param name="Name">Its silo name.</param>
    /// <param name="Uptime">Since it started.</param>
    /// <param name="Activations">Grain activations it hosts (active silos only).</param>
    internal sealed record SiloRow(string Address, string Status, string Name, TimeSpan Uptime, int? Activations);

    /// <summary>A run in flight.</summary>
    /// <param name="RunId">The run's id.</param>
    /// <param name="Silo">The silo its run grain is active on.</param>
    /// <param name="Status">Its progress.</param>
    internal sealed record RunRow(string RunId, string Silo, RunStatus Status);
}
