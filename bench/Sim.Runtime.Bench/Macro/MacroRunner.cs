using System.Diagnostics;
using System.Globalization;

namespace Sim.Runtime.Bench.Macro;

/// <summary>
/// The quick macro mode: whole-runtime throughput and memory figures, each the median of several runs after a warm-up
/// of at least two seconds in the same cluster (so tiered JIT compilation is done before measuring).
/// Run: <c>dotnet run -c Release --project bench/Sim.Runtime.Bench -- macro [runs] [name filter]</c>.
/// </summary>
internal static class MacroRunner
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var filter = args.Length > 2 ? args[2] : string.Empty;
        Console.WriteLine($"Sim.Runtime macro benchmarks: {Environment.ProcessorCount} cores, {runs} runs each, medians; .NET {Environment.Version}; load average {LoadAverage()}");
        foreach (var scenario in MacroScenarios.All.Where(b => b.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)))
        {
            var results = await RepeatAsync(runs, scenario);
            var wall = results.Select(r => r.PerWallSecond).Order().ToList();
            if (scenario.Unit == "bytes")
            {
                Console.WriteLine($"{scenario.Name,-52} median {F(Median(wall)),14} {scenario.Unit}   (runs: {string.Join(" ", wall.Select(F))})");
                continue;
            }

            var cpu = results.Select(r => r.PerCpuSecond).Order().ToList();
            var share = results.Select(r => r.Cpu / r.Wall).Order().ToList();
            Console.WriteLine(
                $"{scenario.Name,-52} median {F(Median(wall)),14} {scenario.Unit}  per CPU-second {F(Median(cpu)),14}  (cores used {Median(share):F2}; runs: {string.Join(" ", wall.Select(F))})");
        }

        Console.WriteLine($"load average at the end {LoadAverage()}");
        return 0;
    }

    private static double Median(List<double> sorted) => sorted[sorted.Count / 2];

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string F(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static async Task<List<Measurement>> RepeatAsync(int runs, Scenario scenario)
    {
        var (cluster, run) = await scenario.Setup();
        await using (cluster)
        {
            var warm = Stopwatch.StartNew();
            do
            {
                await run();
            }
            while (warm.Elapsed < WarmUp);

            var results = new List<Measurement>();
            for (var i = 0; i < runs; i++)
            {
                results.Add(await run());
            }

            return results;
        }
    }
}
