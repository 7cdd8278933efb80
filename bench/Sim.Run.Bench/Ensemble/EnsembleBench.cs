using System.Globalization;
using System.Text.Json;
using Sim.Run.Bench.Common;
using Sim.Run.Bench.Macro;
using Sim.Scenarios;

namespace Sim.Run.Bench.Ensemble;

/// <summary>
/// The ensemble benchmark: N members run at once by one <c>sim ensemble</c> against the same N seeds one after another,
/// as <c>sim ensemble --concurrency 1</c> (same host) and as N separate <c>sim run</c>s (what one would do without
/// ensembles). Every command runs in a fresh child process (<see cref="CommandChild"/>); in each round the variants
/// run one after another so they see the same machine load, and the medians over the rounds are printed side by side.
/// Members use <c>--parameters fixed</c> so that they do exactly the work of the single runs with the same seeds. The
/// ensembles of every round and variant must have written the same Parquet bytes, else the benchmark fails.
/// </summary>
internal static class EnsembleBench
{
    public static async Task<int> RunAsync(EnsembleBenchOptions options)
    {
        var scenario = Path.GetFullPath(options.Scenario);
        var firstSeed = ScenarioLoader.Load(scenario).Seed;
        var scale = options.Scale.ToString("R", CultureInfo.InvariantCulture);
        Console.WriteLine($"ensemble: {options.Scenario} --scale {scale} --end {options.End}, {options.Members} members (seeds {firstSeed}..{firstSeed + (ulong)options.Members - 1}), " +
            $"variants {string.Join(", ", options.Variants)}, {options.Repeat} round(s); {Environment.ProcessorCount} processors, .NET {Environment.Version}, load average {MachineLoad.Averages()}");
        var work = Path.Combine(Path.GetTempPath(), $"sim-ensemble-bench-{Environment.ProcessId}");
        var rows = new List<(int Round, string Variant, CommandFigures Figures, double Elapsed, string Load)>();
        var digests = new List<(string Label, IReadOnlyDictionary<string, string> Digest)>();
        try
        {
            for (var round = 1; round <= options.Repeat; round++)
            {
                foreach (var variant in options.Variants)
                {
                    var folder = Path.Combine(work, $"{variant}-{round}");
                    var clock = System.Diagnostics.Stopwatch.StartNew();
                    var figures = variant == EnsembleBenchOptions.SingleRuns
                        ? await SingleRunsAsync(options, scenario, scale, firstSeed, folder)
                        : await CommandAsync([.. EnsembleArguments(options, scenario, scale, folder), .. variant == EnsembleBenchOptions.OneAtATime ? ["--concurrency", "1"] : Array.Empty<string>()]);
                    var elapsed = clock.Elapsed.TotalSeconds;
                    if (variant != EnsembleBenchOptions.SingleRuns)
                    {
                        digests.Add(($"{variant} round {round}", ParquetDigest.Of(folder)));
                    }

                    Directory.Delete(folder, recursive: true);
                    var load = MachineLoad.Averages();
                    rows.Add((round, variant, figures, elapsed, load));
                    Console.WriteLine($"round {round}, {variant}: wall {figures.WallSeconds:0.0} s ({elapsed:0.0} s with process starts), CPU {figures.CpuSeconds:0.0} s, " +
                        $"peak {figures.PeakWorkingSetBytes / 1e6:0} MB, load {load}");
                }
            }
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }

        Console.WriteLine();
        PrintMedians(options, rows.Select(r => (r.Variant, r.Figures, r.Elapsed)).ToList());
        Console.WriteLine();
        var same = SameBytes(digests);
        Console.WriteLine($"load average at the end: {MachineLoad.Averages()}");
        return same ? 0 : 1;
    }

    private static string[] EnsembleArguments(EnsembleBenchOptions options, string scenario, string scale, string folder) =>
    [
        "ensemble", scenario, "--members", options.Members.ToString(CultureInfo.InvariantCulture), "--scale", scale, "--end", options.End,
        "--parameters", "fixed", "--out", folder,
    ];

    /// <summary>N <c>sim run</c>s one after another, each a child process; their figures summed (peak: the largest).</summary>
    private static async Task<CommandFigures> SingleRunsAsync(EnsembleBenchOptions options, string scenario, string scale, ulong firstSeed, string folder)
    {
        var runs = new List<CommandFigures>();
        for (var k = 0; k < options.Members; k++)
        {
            var output = Path.Combine(folder, $"seed-{firstSeed + (ulong)k}");
            runs.Add(await CommandAsync(["run", scenario, "--seed", (firstSeed + (ulong)k).ToString(CultureInfo.InvariantCulture), "--scale", scale,
                "--end", options.End, "--out", output]));
        }

        return new CommandFigures(runs.Sum(r => r.WallSeconds), runs.Sum(r => r.CpuSeconds), runs.Max(r => r.PeakWorkingSetBytes));
    }

    private static async Task<CommandFigures> CommandAsync(string[] simArguments)
    {
        var line = await SelfProcess.RunAsync(["sim-command", .. simArguments], CommandFigures.Marker);
        return JsonSerializer.Deserialize<CommandFigures>(line) ?? throw new InvalidOperationException("empty result line");
    }

    private static void PrintMedians(EnsembleBenchOptions options, List<(string Variant, CommandFigures Figures, double Elapsed)> rows)
    {
        var figures = new (string Name, Func<CommandFigures, double, double> Value, string Unit)[]
        {
            ("wall time of the commands", (f, _) => f.WallSeconds, "s"),
            ("wall time with process starts", (_, e) => e, "s"),
            ("CPU time (all threads)", (f, _) => f.CpuSeconds, "s"),
            ("peak working set (largest process)", (f, _) => f.PeakWorkingSetBytes / 1e6, "MB"),
        };
        var first = options.Variants[0];
        Console.WriteLine($"Medians of {options.Repeat} round(s), {options.Members} members, scale {options.Scale.ToString("R", CultureInfo.InvariantCulture)}, to {options.End}:");
        Console.WriteLine();
        Console.WriteLine($"| figure | {string.Join(" | ", options.Variants)} |{string.Concat(options.Variants.Skip(1).Select(v => $" {v} / {first} |"))}");
        Console.WriteLine($"| --- |{string.Concat(options.Variants.Select(_ => " ---: |"))}{string.Concat(options.Variants.Skip(1).Select(_ => " ---: |"))}");
        foreach (var (name, value, unit) in figures)
        {
            var medians = options.Variants.Select(v => Stats.Median(rows.Where(r => r.Variant == v).Select(r => value(r.Figures, r.Elapsed)))).ToList();
            var cells = string.Join(" | ", medians.Select(m => $"{m.ToString(unit == "MB" ? "0" : "0.0", CultureInfo.InvariantCulture)} {unit}"));
            var ratios = string.Concat(medians.Skip(1).Select(m => $" {(m / medians[0]).ToString("0.00", CultureInfo.InvariantCulture)}x |"));
            Console.WriteLine($"| {name} | {cells} |{ratios}");
        }
    }

    private static bool SameBytes(List<(string Label, IReadOnlyDictionary<string, string> Digest)> digests)
    {
        if (digests.Count == 0)
        {
            return true;
        }

        var (referenceLabel, reference) = digests[0];
        foreach (var (label, digest) in digests.Skip(1))
        {
            var differences = ParquetDigest.Differences(reference, digest);
            if (differences.Count > 0)
            {
                Console.WriteLine($"Parquet bytes DIFFER between {referenceLabel} and {label}: {differences.Count} file(s), e.g. {string.Join(", ", differences.Take(5))}");
                return false;
            }
        }

        Console.WriteLine($"Parquet bytes identical in all {digests.Count} ensembles: {reference.Count} files, SHA-256 over all {ParquetDigest.Combined(reference)}");
        return true;
    }
}
