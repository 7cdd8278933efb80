using System.Diagnostics;
using System.Globalization;
using Sim.Scenarios;
using Sim.Grains.Hosting;
using Sim.Output;
using Sim.Grains.Runs;
using Sim.Model;
using Sim.Model.Scenarios;
using Sim.Run.Bench.Common;

namespace Sim.Run.Bench.Barrier;

/// <summary>
/// The run grain's month barrier: a whole run (outputs included, into a temporary folder) on N in-process silos,
/// driven by <see cref="RunDriver"/> as <c>sim run</c> drives it, timing every <c>AdvanceMonthAsync</c> from the
/// driver's progress reports; then 1,000 awaited status calls to the run grain, the floor under every hop. Runs of
/// the silo counts alternate; the months of all runs of a count are pooled for the median and the 90th percentile.
/// </summary>
internal static class BarrierMacro
{
    private const int CallSamples = 1_000;

    public static async Task<int> RunAsync(BarrierOptions options)
    {
        var scale = options.Scale.ToString("R", CultureInfo.InvariantCulture);
        Console.WriteLine($"barrier: {options.Scenario} --scale {scale}, silos {string.Join(" vs ", options.SiloCounts)}, {options.Repeat} run(s) each" +
            $"{(options.Warmup ? " after one unmeasured warm-up run" : string.Empty)}; {Environment.ProcessorCount} processors, " +
            $".NET {Environment.Version}, load average {MachineLoad.Averages()}");
        if (options.Warmup)
        {
            await MeasureAsync(options, options.SiloCounts[0], "warmup");
        }

        var runs = new List<(int Silos, MonthClock Clock)>();
        for (var r = 1; r <= options.Repeat; r++)
        {
            foreach (var silos in options.SiloCounts)
            {
                var clock = await MeasureAsync(options, silos, $"r{r}s{silos}");
                runs.Add((silos, clock));
                var months = clock.Months.Select(m => m.TotalMilliseconds).ToArray();
                Console.WriteLine($"run {runs.Count}: {silos} silo(s), {months.Length} months, median {Stats.Median(months):0.0} ms, " +
                    $"p90 {Stats.Percentile(months, 90):0.0} ms, slowest {clock.Slowest.Month} ({clock.Slowest.Wall.TotalMilliseconds:0} ms), load {MachineLoad.Averages()}");
            }
        }

        Console.WriteLine();
        Print(options, runs);
        Console.WriteLine();
        Console.WriteLine($"load average at the end: {MachineLoad.Averages()}");
        return 0;
    }

    private static async Task<MonthClock> MeasureAsync(BarrierOptions options, int silos, string tag)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sim-barrier-{Environment.ProcessId}-{tag}");
        using var folder = RunFolder.Create(path, overwrite: true);
        var clock = new MonthClock();
        var hosting = Stopwatch.StartNew();
        var cluster = await SimulationCluster.StartAsync(new SimulationClusterOptions { Silos = silos });
        clock.ClusterStart = hosting.Elapsed;
        try
        {
            await RunAndCallAsync(cluster, options, tag, folder.StagingPath, clock);
        }
        finally
        {
            hosting.Restart();
            await cluster.DisposeAsync();
            clock.ClusterStop = hosting.Elapsed;
        }

        return clock;
    }

    private static async Task RunAndCallAsync(SimulationCluster cluster, BarrierOptions options, string tag, string output, MonthClock clock)
    {
        var spec = RunSpec.For("barrier-" + tag, new ScenarioOverrides(null, options.Scale, null).Apply(ScenarioLoader.Load(options.Scenario)), output);
        clock.Begin();
        await RunDriver.RunAsync(cluster.Client, spec, clock, CancellationToken.None);
        // The floor under every hop of a month: one awaited call from the client to the (still active) run grain.
        var run = cluster.Client.GetGrain<IRunGrain>(spec.RunId);
        for (var i = 0; i < CallSamples; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await run.GetStatusAsync();
            clock.Calls.Add(Stopwatch.GetElapsedTime(start));
        }
    }

    private static void Print(BarrierOptions options, List<(int Silos, MonthClock Clock)> runs)
    {
        var counts = options.SiloCounts;
        var pooled = counts.Select(c => runs.Where(r => r.Silos == c).ToArray()).ToArray();
        var months = pooled.Select(p => p.SelectMany(r => r.Clock.Months).Select(m => m.TotalMilliseconds).ToArray()).ToArray();
        var monthCount = pooled.Select(p => p.Sum(r => r.Clock.Months.Count)).ToArray();
        var cpuPerMonth = pooled.Select((p, i) => p.Sum(r => r.Clock.MonthsCpu.TotalMilliseconds) / monthCount[i]).ToArray();
        var wallPerMonth = months.Select(m => m.Average()).ToArray();
        var years = ScenarioLoader.Load(options.Scenario).Outputs.SnapshotYears;
        bool IsSnapshot(YearMonth month) => month.Month == 12 && years.Contains(month.Year);
        var snapshotNames = string.Join(", ", years.Select(y => $"{y}-12"));
        var rows = new (string Name, double[] Values, string Unit)[]
        {
            ("month (AdvanceMonthAsync, driver to driver): median", [.. months.Select(m => Stats.Median(m))], "ms"),
            ("month: 90th percentile", [.. months.Select(m => Stats.Percentile(m, 90))], "ms"),
            ("month: slowest", [.. months.Select(m => m.Max())], "ms"),
            ("month: mean", wallPerMonth, "ms"),
            ("first month of a run: median", [.. pooled.Select(p => Stats.Median(p.Select(r => r.Clock.Months[0].TotalMilliseconds)))], "ms"),
            ("months after the first: 90th percentile", [.. pooled.Select(p => Stats.Percentile(p.SelectMany(r => r.Clock.Months.Skip(1)).Select(m => m.TotalMilliseconds), 90))], "ms"),
            ("months after the first: slowest", [.. pooled.Select(p => p.SelectMany(r => r.Clock.Months.Skip(1)).Max(m => m.TotalMilliseconds))], "ms"),
            ("months without a person snapshot: median", [.. pooled.Select(p => Stats.Median(p.SelectMany(r => r.Clock.MonthsWhere(IsSnapshot, false)).Select(m => m.TotalMilliseconds)))], "ms"),
            ("months without a person snapshot: 90th percentile", [.. pooled.Select(p => Stats.Percentile(p.SelectMany(r => r.Clock.MonthsWhere(IsSnapshot, false)).Select(m => m.TotalMilliseconds), 90))], "ms"),
            ($"snapshot months ({snapshotNames}): median", [.. pooled.Select(p => Stats.Median(p.SelectMany(r => r.Clock.MonthsWhere(IsSnapshot, true)).Select(m => m.TotalMilliseconds)))], "ms"),
            ("CPU per month (process, all silos; mean)", cpuPerMonth, "ms"),
            ("cores used during the months (CPU / wall)", [.. cpuPerMonth.Select((c, i) => c / wallPerMonth[i])], string.Empty),
            ("one awaited call client -> run grain (GetStatusAsync): median", [.. pooled.Select(p => Stats.Median(p.SelectMany(r => r.Clock.Calls).Select(c => c.TotalMicroseconds)))], "µs"),
            ("one awaited call: 90th percentile", [.. pooled.Select(p => Stats.Percentile(p.SelectMany(r => r.Clock.Calls).Select(c => c.TotalMicroseconds), 90))], "µs"),
            ("silos' start (SimulationCluster.StartAsync): median", [.. pooled.Select(p => Stats.Median(p.Select(r => r.Clock.ClusterStart.TotalMilliseconds)))], "ms"),
            ("silos' stop (DisposeAsync): median", [.. pooled.Select(p => Stats.Median(p.Select(r => r.Clock.ClusterStop.TotalMilliseconds)))], "ms"),
            ("run grain start (synthesis): median", [.. pooled.Select(p => Stats.Median(p.Select(r => r.Clock.Start.TotalMilliseconds)))], "ms"),
        };
        Console.WriteLine($"Scale {options.Scale.ToString("R", CultureInfo.InvariantCulture)}, {monthCount[0] / Math.Max(1, pooled[0].Length)} months per run, " +
            $"{options.Repeat} run(s) per silo count, months pooled:");
        Console.WriteLine();
        var ratio = counts.Length > 1 ? $" ratio {counts[^1]}/{counts[0]} |" : string.Empty;
        Console.WriteLine($"| figure | {string.Join(" | ", counts.Select(c => $"{c} silo{(c == 1 ? string.Empty : "s")}"))} |{ratio}");
        Console.WriteLine($"| --- |{string.Concat(counts.Select(_ => " ---: |"))}{(ratio.Length > 0 ? " ---: |" : string.Empty)}");
        foreach (var (name, values, unit) in rows)
        {
            var cells = string.Join(" | ", values.Select(v => unit.Length > 0 ? $"{v:0.0} {unit}" : $"{v:0.00}"));
            var r = ratio.Length > 0 ? $" {values[^1] / values[0]:0.00}x |" : string.Empty;
            Console.WriteLine($"| {name} | {cells} |{r}");
        }
    }
}
