using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Sim.Run.Bench.Common;
using Sim.Run.Bench.Macro;

namespace Sim.Run.Bench.Cluster;

/// <summary>
/// The baseline on three real <c>sim silo</c> processes and a <c>sim run --cluster</c> client on this machine against
/// the embedded single silo (<c>sim run</c> alone), runs alternating (embedded, cluster, embedded, ...) so both see
/// the same load; medians of wall time, CPU and peak memory of every process of each side, side by side with the
/// ratio, and the Parquet bytes of every run compared. Silos are started fresh for each cluster run, or with
/// <c>--warm</c> started once and given one unmeasured run first (long-running silos: no first-run compilation, their
/// thread pools and connections grown; their peak memory is then the peak of their life). With
/// <c>--kill-after-months</c>, then one cluster run in which a silo is killed (<see cref="KillResume"/>).
/// </summary>
internal static class ClusterMacro
{
    public static async Task<int> RunAsync(ClusterOptions options)
    {
        var scale = options.Scale.ToString("R", CultureInfo.InvariantCulture);
        var membership = options.IsLocalhost ? "localhost membership" : "PostgreSQL membership";
        Console.WriteLine($"cluster: {options.Scenario} --scale {scale}, embedded 1 silo vs {ClusterOptions.Silos} silo processes + client ({membership}), " +
            $"{options.Repeat} run(s) each; {Environment.ProcessorCount} processors, .NET {Environment.Version}, load average {MachineLoad.Averages()}");
        var logs = Path.Combine(Path.GetTempPath(), $"sim-bench-cluster-{Environment.ProcessId}");
        Directory.CreateDirectory(logs);
        Console.WriteLine($"silo logs: {logs}");
        var environment = string.Concat(options.SiloEnvironment.Select(v => $" {v.Key}={v.Value}"));
        Console.WriteLine($"silos run: {Path.Combine(options.SiloFolder, "sim.dll")}{(environment.Length > 0 ? $", with{environment}" : string.Empty)}");
        Console.WriteLine(options.Warm ? "silos: one set for every cluster run, after an unmeasured warm-up run" : "silos: started fresh for each cluster run");
        if (!options.IsLocalhost)
        {
            await InitMembershipAsync(options.Membership);
        }

        var macro = new MacroOptions(Path.GetFullPath(options.Scenario), options.Scale, 1, options.Repeat, null, false, false);
        var runs = new List<ClusterRunFigures>();
        await using (var warm = options.Warm ? await SiloSet.StartAsync(options, logs, "warm") : null)
        {
            if (warm is not null)
            {
                await OnSilosAsync(warm, options, macro);
                Console.WriteLine("warm-up run on the silos done (not measured)");
            }

            for (var r = 1; r <= options.Repeat; r++)
            {
                runs.Add(await EmbeddedAsync(macro));
                Report(runs, options.Repeat);
                runs.Add(warm is not null ? await OnSilosAsync(warm, options, macro) : await OnClusterAsync(options, macro, logs, $"run{r}"));
                Report(runs, options.Repeat);
            }
        }

        Console.WriteLine();
        ClusterTables.PrintRuns(runs);
        Console.WriteLine();
        ClusterTables.PrintMedians(options, runs);
        Console.WriteLine();
        var same = SameBytes(runs);
        if (options.KillAfterMonths is { } killAfter)
        {
            Console.WriteLine();
            same &= await KillResume.RunAsync(options, killAfter, logs, runs[0].Run.Parquet);
        }

        Console.WriteLine($"load average at the end: {MachineLoad.Averages()}");
        return same ? 0 : 1;
    }

    private static async Task<ClusterRunFigures> EmbeddedAsync(MacroOptions macro)
    {
        var result = Parse(await SelfProcess.RunAsync(macro.ChildArguments(1), MacroRunResult.Marker));
        return new ClusterRunFigures(result, 0, 0, MachineLoad.Averages());
    }

    private static async Task<ClusterRunFigures> OnClusterAsync(ClusterOptions options, MacroOptions macro, string logs, string tag)
    {
        await using var silos = await SiloSet.StartAsync(options, logs, tag);
        return await OnSilosAsync(silos, options, macro);
    }

    /// <summary>One cluster run on <paramref name="silos"/>: their CPU over the run and their peak memory (so far).</summary>
    private static async Task<ClusterRunFigures> OnSilosAsync(SiloSet silos, ClusterOptions options, MacroOptions macro)
    {
        var cpuBefore = silos.CpuSinceUp();
        var faultsBefore = silos.MinorFaults();
        var result = Parse(await SelfProcess.RunAsync(macro.ClusterChildArguments(ClusterOptions.Silos, options.ClientConnection), MacroRunResult.Marker));
        return new ClusterRunFigures(result, silos.CpuSinceUp() - cpuBefore, silos.PeakResidentBytes(), MachineLoad.Averages())
        {
            SiloMinorFaults = silos.MinorFaults() - faultsBefore,
        };
    }

    private static MacroRunResult Parse(string line) =>
        JsonSerializer.Deserialize<MacroRunResult>(line) ?? throw new InvalidOperationException("empty result line");

    private static void Report(List<ClusterRunFigures> runs, int repeat)
    {
        var f = runs[^1];
        Console.WriteLine($"run {runs.Count}/{repeat * 2}: {(f.IsCluster ? "cluster" : "embedded")}, wall {f.Run.WallSeconds:0.00} s, " +
            $"CPU {f.TotalCpuSeconds:0.00} s, peak {f.TotalPeakBytes / 1e6:0} MB, load {f.Load}");
    }

    private static bool SameBytes(List<ClusterRunFigures> runs)
    {
        var reference = runs[0].Run.Parquet;
        var differing = runs.Skip(1).Select((r, i) => (Run: i + 2, Files: ParquetDigest.Differences(reference, r.Run.Parquet))).Where(d => d.Files.Count > 0).ToList();
        foreach (var (run, files) in differing)
        {
            Console.WriteLine($"Parquet bytes DIFFER between run 1 and run {run}: {files.Count} file(s), e.g. {string.Join(", ", files.Take(5))}");
        }

        if (differing.Count == 0)
        {
            Console.WriteLine($"Parquet bytes identical in all {runs.Count} runs (embedded and cluster): {reference.Count} files, " +
                $"SHA-256 over all {ParquetDigest.Combined(reference)}");
        }

        return differing.Count == 0;
    }

    /// <summary><c>sim cluster init</c> (idempotent) so the silos find their tables.</summary>
    private static async Task InitMembershipAsync(string connection)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "sim.dll"), "cluster", "init", "--membership", connection })
        {
            start.ArgumentList.Add(argument);
        }

        using var init = Process.Start(start) ?? throw new InvalidOperationException("could not start sim cluster init");
        var output = init.StandardOutput.ReadToEndAsync();
        var error = init.StandardError.ReadToEndAsync();
        await init.WaitForExitAsync();
        if (init.ExitCode != 0)
        {
            throw new InvalidOperationException($"sim cluster init exited with {init.ExitCode}: {await output}{await error}");
        }
    }
}
