using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Sim.Host.Cli;
using Sim.Model.Engine;
using Sim.Model.Scenarios;
using Sim.Scenarios;

namespace Sim.Run.Bench.Macro;

/// <summary>
/// The whole-run benchmark: <c>sim run SCENARIO --scale F</c> end to end in this process (load, synthesis, 96
/// months, every output file, manifest, rename), then the figures: wall time, person-months/s, peak working set
/// (the process's high-water mark of resident memory) and bytes per resident person; plus where the regions spent
/// their time (from the manifest). With <c>--model</c> it runs the model alone (SequentialDriver, regions in
/// parallel, no outputs) instead, to separate the model's cost from hosting and output.
/// </summary>
internal static class RunMacro
{
    public static async Task<int> RunAsync(MacroOptions options)
    {
        var scale = options.Scale.ToString("R", CultureInfo.InvariantCulture);
        Console.WriteLine($"macro: {options.Scenario} --scale {scale} --silos {options.Silos} --threads {options.Threads}{(options.ModelOnly ? " (model only)" : string.Empty)}, {Environment.ProcessorCount} processors");
        return options.ModelOnly ? ModelOnly(options) : await EndToEndAsync(options, scale);
    }

    private static async Task<int> EndToEndAsync(MacroOptions options, string scale)
    {
        var output = Path.Combine(Path.GetTempPath(), $"sim-macro-{Environment.ProcessId}");
        try
        {
            var clock = Stopwatch.StartNew();
            var code = await SimCli.InvokeAsync(
                ["run", options.Scenario, "--scale", scale, "--out", output, "--force", "--silos", options.Silos.ToString(CultureInfo.InvariantCulture), "--threads", options.Threads.ToString(CultureInfo.InvariantCulture)],
                CliConsole.ForWriters(Console.Out, Console.Error), CancellationToken.None);
            var wall = clock.Elapsed;
            if (code != 0)
            {
                return code;
            }

            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "manifest.json")));
            var root = manifest.RootElement;
            var personMonths = root.GetProperty("person_months").GetInt64();
            var timings = root.GetProperty("timings");
            var residents = MaxResidents(output);
            var bytes = Directory.GetFiles(output, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            Console.WriteLine();
            Console.WriteLine("| figure | value |");
            Console.WriteLine("| --- | --- |");
            Row("wall time, end to end (load, synthesis, months, outputs, rename)", $"{wall.TotalSeconds:0.0} s");
            Row("  of which synthesis (run grain start)", $"{timings.GetProperty("start_s").GetDouble():0.0} s");
            Row("  of which months (incl. snapshots written in December)", $"{timings.GetProperty("simulate_s").GetDouble():0.0} s");
            Row("  of which completion (region_month, flows, manifest)", $"{timings.GetProperty("complete_s").GetDouble():0.0} s");
            Row("person-months simulated", $"{personMonths:N0}");
            Row("person-months/s (end to end)", $"{personMonths / wall.TotalSeconds / 1e6:0.00} M");
            Row("person-months/s (months only)", $"{timings.GetProperty("person_months_per_s").GetDouble() / 1e6:0.00} M");
            Row("peak working set", $"{peak / 1e6:0} MB");
            Row("largest resident population (agents)", $"{residents:N0}");
            Row("bytes per resident person (peak working set / residents)", $"{(double)peak / residents:0.0}");
            Row("output size", $"{bytes / 1e6:0} MB");
            if (timings.TryGetProperty("region_phases_s", out var phases))
            {
                foreach (var phase in phases.EnumerateObject())
                {
                    Row($"region phase {phase.Name} (summed over regions)", $"{phase.Value.GetDouble():0.0} s");
                }
            }

            return 0;
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    private static int ModelOnly(MacroOptions options)
    {
        var clock = Stopwatch.StartNew();
        var scenario = ScenarioLoader.Load(options.Scenario).WithScale(options.Scale);
        var driver = new SequentialDriver(ModelContext.Create(scenario), parallel: true);
        var synthesis = clock.Elapsed;
        long personMonths = 0;
        driver.RunToEnd(o => personMonths += o.Regions.Sum(r => r.PopulationStart));
        var wall = clock.Elapsed;
        Console.WriteLine("| figure | value |");
        Console.WriteLine("| --- | --- |");
        Row("model only: wall time (load, synthesis, months; no grains, no outputs)", $"{wall.TotalSeconds:0.0} s");
        Row("  of which synthesis", $"{synthesis.TotalSeconds:0.0} s");
        Row("person-months/s (months only)", $"{personMonths / (wall - synthesis).TotalSeconds / 1e6:0.00} M");
        Row("peak working set", $"{Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB");
        return 0;
    }

    private static long MaxResidents(string output)
    {
        var byMonth = new Dictionary<DateOnly, long>();
        foreach (var file in Directory.GetFiles(Path.Combine(output, "region_month"), "*.parquet"))
        {
            using var reader = Sim.Parquet.ParquetFileReader.Open(file);
            var months = reader.ReadAll<DateOnly>("month");
            var population = reader.ReadAll<long>("population_end");
            for (var i = 0; i < months.Length; i++)
            {
                byMonth[months[i]] = byMonth.GetValueOrDefault(months[i]) + population[i];
            }
        }

        return byMonth.Values.Max();
    }

    private static void Row(string name, string value) => Console.WriteLine($"| {name} | {value} |");
}
