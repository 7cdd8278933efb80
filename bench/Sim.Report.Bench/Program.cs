using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Sim.Host.Cli;
using Sim.Reporting.Ensembles;
using Sim.Reporting.Report;

namespace Sim.Report.Bench;

/// <summary>
/// Macro timing of <c>sim report</c> on an ensemble: runs the members with the CLI in process (once per work folder),
/// assembles them with <see cref="EnsembleFolder.Assemble"/>, then times <see cref="ReportBuilder.Write"/> (read every
/// member, render every chart as SVG and PNG, write the HTML) and prints wall and process CPU time per repeat.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var options = ReportBenchOptions.Parse(args);
        var ensemble = Path.Combine(options.Work, "ensemble");
        if (!Directory.Exists(ensemble))
        {
            var members = new List<string>();
            for (var seed = 1; seed <= options.Members; seed++)
            {
                var folder = Path.Combine(options.Work, $"member-{seed}");
                var watch = Stopwatch.StartNew();
                var code = await SimCli.InvokeAsync(
                    ["run", options.Scenario, "--scale", options.Scale.ToString(CultureInfo.InvariantCulture), "--end", options.End, "--seed", seed.ToString(CultureInfo.InvariantCulture), "--out", folder],
                    CliConsole.ForWriters(TextWriter.Null, Console.Error), CancellationToken.None);
                if (code != 0)
                {
                    return code;
                }

                Console.WriteLine(FormattableString.Invariant($"member {seed}/{options.Members}: {watch.Elapsed.TotalSeconds:0.0} s"));
                members.Add(folder);
            }

            EnsembleFolder.Assemble(members, new JsonObject { ["scenario"] = options.Scenario, ["scale"] = options.Scale }, ensemble);
        }

        var wall = new List<double>();
        var cpu = new List<double>();
        for (var i = 0; i < options.Repeat; i++)
        {
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var result = ReportBuilder.Write(new ReportOptions { Subject = ensemble, OutputFile = Path.Combine(options.Work, "report.html") });
            watch.Stop();
            process.Refresh();
            wall.Add(watch.Elapsed.TotalSeconds);
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalSeconds);
            Console.WriteLine(FormattableString.Invariant($"report {i + 1}/{options.Repeat}: {wall[^1]:0.00} s wall, {cpu[^1]:0.00} s CPU, {result.ChartIds.Count} charts"));
        }

        Console.WriteLine(FormattableString.Invariant($"median of {options.Repeat}: {Median(wall):0.00} s wall, {Median(cpu):0.00} s CPU (first repeat includes JIT); load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
