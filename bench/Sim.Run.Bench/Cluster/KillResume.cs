using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans;
using Sim.Grains.Checkpoints;
using Sim.Grains.Hosting;
using Sim.Grains.Runs;
using Sim.Host.Cluster;
using Sim.Run.Bench.Common;
using Sim.Run.Bench.Macro;
using Sim.Scenarios;

namespace Sim.Run.Bench.Cluster;

/// <summary>
/// A cluster run in which one silo is <c>kill -9</c>ed as soon as the driver has the run's month M: the time from
/// the kill to the run's next completed month (recovery: the dead silo declared dead, every region back to the last
/// checkpoint, the months since replayed, the month redone), the months replayed (from the run grain's recovery
/// lines in the silos' logs), and the run's Parquet bytes against an undisturbed run's. This benchmark is the
/// client here (the driver <c>sim run --cluster</c> uses, with a progress callback that timestamps every month), so
/// the kill lands at a known month.
/// </summary>
internal static class KillResume
{
    public static async Task<bool> RunAsync(ClusterOptions options, int killAfter, string logs, IReadOnlyDictionary<string, string> undisturbed)
    {
        var scenario = new ScenarioOverrides(null, options.Scale, null).Apply(ScenarioLoader.Load(options.Scenario));
        var output = Path.Combine(logs, "kill-run");
        Directory.CreateDirectory(output);
        var spec = RunSpec.For($"bench-kill-{Environment.ProcessId}", scenario, output, CheckpointStorage.DefaultIntervalMonths);
        try
        {
            await using var silos = await SiloSet.StartAsync(options, logs, "kill");
            // Any silo: not the first, so that under localhost membership the primary would survive too.
            var victim = silos.Silos[1];
            var progress = new KillingProgress(killAfter, victim);
            using (var host = await ClusterClientFactory.ConnectAsync(ClusterConnection.Parse(options.ClientConnection), "sim", "sim",
                _ => { }, new SimulationClusterOptions().CallTimeout, CancellationToken.None))
            {
                await RunDriver.RunAsync(host.Services.GetRequiredService<IClusterClient>(), spec, progress, CancellationToken.None);
                await host.StopAsync();
            }

            Report(progress, killAfter, silos, victim);
            var differences = ParquetDigest.Differences(undisturbed, ParquetDigest.Of(output));
            Console.WriteLine(differences.Count == 0
                ? $"Parquet bytes of the killed run identical to the undisturbed runs': {undisturbed.Count} files."
                : $"Parquet bytes of the killed run DIFFER from the undisturbed runs': {differences.Count} file(s), e.g. {string.Join(", ", differences.Take(5))}");
            return differences.Count == 0;
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static void Report(KillingProgress progress, int killAfter, SiloSet silos, SiloProcess victim)
    {
        var months = progress.Months;
        var killedAt = progress.KilledAt ?? throw new InvalidOperationException($"the run ended before month {killAfter}; no silo was killed");
        var next = months.First(m => m.Done == killAfter + 1);
        var before = months.Where(m => m.Done is > 1 && m.Done <= killAfter).Select(m => m.At - months.Single(p => p.Done == m.Done - 1).At).ToList();
        Console.WriteLine($"kill -9 of silo port {victim.SiloPort} (pid {victim.Pid}) right after month {killAfter} ({progress.KilledMonth}), load average {progress.LoadAtKill}:");
        Console.WriteLine($"- time from the kill to the run's next completed month ({months.First(m => m.Done == killAfter + 1).Month}): {(next.At - killedAt).TotalSeconds:0.00} s " +
            $"(an undisturbed month took {Stats.Median(before.Select(t => t.TotalSeconds)):0.00} s, median of the {before.Count} before the kill); load average after: {MachineLoad.Averages()}");
        Console.WriteLine($"- months after the last checkpoint (every {CheckpointStorage.DefaultIntervalMonths}), replayed: {killAfter % CheckpointStorage.DefaultIntervalMonths}");
        foreach (var silo in silos.Silos.Where(s => s != victim))
        {
            foreach (var line in File.ReadLines(silo.LogPath).Where(l => l.Contains("resuming from", StringComparison.Ordinal)))
            {
                Console.WriteLine($"- silo port {silo.SiloPort}: {line}");
            }
        }
    }

    /// <summary>Timestamps every month the driver reports and kills the victim once month <c>killAfter</c> is in.</summary>
    private sealed class KillingProgress(int killAfter, SiloProcess victim) : IProgress<RunProgress>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();

        public List<(int Done, string Month, TimeSpan At)> Months { get; } = [];

        public TimeSpan? KilledAt { get; private set; }

        public string KilledMonth { get; private set; } = string.Empty;

        public string LoadAtKill { get; private set; } = string.Empty;

        public void Report(RunProgress value)
        {
            Months.Add((value.MonthsDone, value.Month.ToString(), _clock.Elapsed));
            if (value.MonthsDone == killAfter && KilledAt is null)
            {
                victim.Kill();
                KilledAt = _clock.Elapsed;
                KilledMonth = value.Month.ToString();
                LoadAtKill = MachineLoad.Averages();
            }
        }
    }
}
