using System.Globalization;
using System.Text.Json;
using Sim.Run.Bench.Common;
using Sim.Host.Cli;
using Sim.Model.Engine;
using Sim.Model.Scenarios;
using Sim.Scenarios;

namespace Sim.Run.Bench.Macro;

/// <summary>
/// The whole-run benchmark: <c>sim run SCENARIO --scale F</c> end to end, each run in a fresh child process (this
/// benchmark re-invoked with <c>--child</c>, see <see cref="MacroChild"/>), <c>--repeat</c> times per silo count. With
/// <c>--compare-silos A,B</c> the runs of the two counts alternate (A, B, A, B, ...) so both see the same machine load,
/// and the medians are printed side by side with their ratio. Every run's Parquet files are hashed; all runs must
/// have written the same bytes, else the benchmark fails.
/// </summary>
internal static class RunMacro
{
    public static async Task<int> RunAsync(MacroOptions options)
    {
        if (options.Child)
        {
            return await MacroChild.RunAsync(options);
        }

        if (options.ModelOnly)
        {
            return ModelOnlyMacro.Run(options);
        }

        var counts = options.SiloCounts;
        var scale = options.Scale.ToString("R", CultureInfo.InvariantCulture);
        Console.WriteLine($"macro: {options.Scenario} --scale {scale}, silos {string.Join(" vs ", counts)}, {options.Repeat} run(s) each, " +
            $"one child process per run; {Environment.ProcessorCount} processors, .NET {Environment.Version}, load average {MachineLoad.Averages()}");
        var runs = new List<(MacroRunResult Result, string Load)>();
        for (var r = 1; r <= options.Repeat; r++)
        {
            foreach (var silos in counts)
            {
                var line = await SelfProcess.RunAsync(options.ChildArguments(silos), MacroRunResult.Marker);
                var result = JsonSerializer.Deserialize<MacroRunResult>(line) ?? throw new InvalidOperationException("empty result line");
                var load = MachineLoad.Averages();
                runs.Add((result, load));
                Console.WriteLine($"run {runs.Count}/{options.Repeat * counts.Count}: {silos} silo(s), wall {result.WallSeconds:0.00} s, " +
                    $"CPU {result.CpuSeconds:0.00} s, peak {result.PeakWorkingSetBytes / 1e6:0} MB, load {load}");
            }
        }

        Console.WriteLine();
        PrintRuns(runs);
        Console.WriteLine();
        PrintMedians(options, [.. runs.Select(r => r.Result)]);
        Console.WriteLine();
        var same = CheckSameBytes([.. runs.Select(r => r.Result)]);
        Console.WriteLine($"load average at the end: {MachineLoad.Averages()}");
        return same ? 0 : 1;
    }

    private static void PrintRuns(List<(MacroRunResult Result, string Load)> runs)
    {
        Console.WriteLine("| run | silos | wall | CPU | cores used | peak working set | bytes/resident | person-months/s | load (1, 5, 15 min) after |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        for (var i = 0; i < runs.Count; i++)
        {
            var (r, load) = runs[i];
            Console.WriteLine($"| {i + 1} | {r.Silos} | {r.WallSeconds:0.00} s | {r.CpuSeconds:0.00} s | {r.CoresUsed:0.00} | " +
                $"{r.PeakWorkingSetBytes / 1e6:0} MB | {r.BytesPerResident:0.0} | {r.PersonMonthsPerSecond / 1e6:0.00} M | {load} |");
        }
    }

    private static void PrintMedians(MacroOptions options, List<MacroRunResult> results)
    {
        var counts = options.SiloCounts;
        var compare = counts.Count == 2;
        var figures = new List<(string Name, Func<MacroRunResult, double> Value, string Format)>
        {
            ("wall time, end to end (load, synthesis, months, outputs, rename)", r => r.WallSeconds, "0.00 s"),
            ("CPU time (all threads)", r => r.CpuSeconds, "0.00 s"),
            ("cores used (CPU / wall)", r => r.CoresUsed, "0.00"),
            ("of which synthesis (run grain start)", r => r.StartSeconds, "0.00 s"),
            ("of which months (incl. the person snapshots)", r => r.SimulateSeconds, "0.00 s"),
            ("of which completion (region_month, flows, manifest)", r => r.CompleteSeconds, "0.00 s"),
            ("of which the rest (scenario load, silos' start and stop, rename)", r => r.WallSeconds - r.StartSeconds - r.SimulateSeconds - r.CompleteSeconds, "0.00 s"),
            ("person-months/s (end to end)", r => r.PersonMonthsPerSecond / 1e6, "0.00 M"),
            ("person-months/s (months only)", r => r.PersonMonths / r.SimulateSeconds / 1e6, "0.00 M"),
            ("peak working set", r => r.PeakWorkingSetBytes / 1e6, "0 MB"),
            ("bytes per resident person (peak working set / largest population)", r => r.BytesPerResident, "0.0"),
        };
        foreach (var phase in results[0].RegionPhases.Keys)
        {
            figures.Add(($"region phase {phase} (summed over regions)", r => r.RegionPhases.GetValueOrDefault(phase), "0.00 s"));
        }

        var first = results[0];
        var header = string.Join(" | ", counts.Select(c => $"{c} silo{(c == 1 ? string.Empty : "s")}"));
        Console.WriteLine($"Medians of {options.Repeat} run(s), scale {options.Scale.ToString("R", CultureInfo.InvariantCulture)}: " +
            $"{first.PersonMonths:N0} person-months, largest population {first.Residents:N0} agents, {first.OutputBytes / 1e6:0} MB of output.");
        Console.WriteLine();
        Console.WriteLine($"| figure | {header} |{(compare ? $" ratio {counts[1]}/{counts[0]} |" : string.Empty)}");
        Console.WriteLine($"| --- |{string.Concat(counts.Select(_ => " ---: |"))}{(compare ? " ---: |" : string.Empty)}");
        foreach (var (name, value, format) in figures)
        {
            var medians = counts.Select(c => Stats.Median(results.Where(r => r.Silos == c).Select(value))).ToArray();
            var cells = string.Join(" | ", medians.Select(m => Format(m, format)));
            var ratio = compare ? $" {medians[1] / medians[0]:0.00}x |" : string.Empty;
            Console.WriteLine($"| {name} | {cells} |{ratio}");
        }
    }

    /// <summary>A figure with its unit: <paramref name="format"/> is a number format, a space, then the unit (e.g. <c>0.00 s</c>).</summary>
    internal static string Format(double value, string format)
    {
        var space = format.IndexOf(' ', StringComparison.Ordinal);
        return space < 0
            ? value.ToString(format, CultureInfo.InvariantCulture)
            : value.ToString(format[..space], CultureInfo.InvariantCulture) + format[space..];
    }

    private static bool CheckSameBytes(List<MacroRunResult> results)
    {
        var reference = results[0].Parquet;
        var same = true;
        for (var i = 1; i < results.Count; i++)
        {
            var differences = ParquetDigest.Differences(reference, results[i].Parquet);
            if (differences.Count > 0)
            {
                same = false;
                Console.WriteLine($"Parquet bytes DIFFER between run 1 ({results[0].Silos} silo(s)) and run {i + 1} ({results[i].Silos} silo(s)): " +
                    $"{differences.Count} file(s), e.g. {string.Join(", ", differences.Take(5))}");
            }
        }

        if (same)
        {
            Console.WriteLine($"Parquet bytes identical in all {results.Count} runs: {reference.Count} files, " +
                $"SHA-256 over all {ParquetDigest.Combined(reference)}");
        }

        return same;
    }
}
