using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Sim.Host.Cli;

namespace Sim.Run.Bench.Macro;

/// <summary>
/// One measured run, in a process of its own (so that its peak working set is its own): <c>sim run SCENARIO --scale F
/// --silos N</c> (or <c>--cluster CONN</c>: this process is then the client of silos elsewhere) through the CLI in this process, into a temporary folder; then the figures, the Parquet digests,
/// and the folder deleted. The figures go to standard output as one line after <see cref="MacroRunResult.Marker"/>.
/// </summary>
internal static class MacroChild
{
    public static async Task<int> RunAsync(MacroOptions options)
    {
        var output = Path.Combine(Path.GetTempPath(), $"sim-macro-{Environment.ProcessId}");
        try
        {
            using var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            string[] hosting = options.Cluster is { } cluster
                ? ["--cluster", cluster]
                : ["--silos", options.Silos.ToString(CultureInfo.InvariantCulture)];
            var code = await SimCli.InvokeAsync(
                ["run", options.Scenario, "--scale", options.Scale.ToString("R", CultureInfo.InvariantCulture), "--out", output, "--force", .. hosting],
                CliConsole.ForWriters(Console.Out, Console.Error), CancellationToken.None);
            var wall = clock.Elapsed;
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            // Read before anything else runs: the high-water mark is the run's.
            var peak = process.PeakWorkingSet64;
            if (code != 0)
            {
                return code;
            }

            using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "manifest.json")));
            var timings = manifest.RootElement.GetProperty("timings");
            var phases = timings.TryGetProperty("region_phases_s", out var p)
                ? p.EnumerateObject().ToDictionary(e => e.Name, e => e.Value.GetDouble())
                : [];
            var result = new MacroRunResult(
                options.Silos, wall.TotalSeconds, cpu.TotalSeconds, peak, RunFolderFigures.MaxResidents(output),
                manifest.RootElement.GetProperty("person_months").GetInt64(),
                timings.GetProperty("start_s").GetDouble(), timings.GetProperty("simulate_s").GetDouble(),
                timings.GetProperty("complete_s").GetDouble(),
                Directory.GetFiles(output, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length),
                phases, ParquetDigest.Of(output));
            Console.WriteLine(MacroRunResult.Marker + JsonSerializer.Serialize(result));
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
}
