using System.Diagnostics;
using Sim.Scenarios;
using Sim.Model.Engine;
using Sim.Model.Scenarios;

namespace Sim.Run.Bench.Macro;

/// <summary>
/// <c>macro --model</c>: the model alone in this process (SequentialDriver, regions in parallel; no grains, no
/// outputs), to separate the model's cost from hosting and output. One run.
/// </summary>
internal static class ModelOnlyMacro
{
    public static int Run(MacroOptions options)
    {
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var scenario = ScenarioLoader.Load(options.Scenario).WithScale(options.Scale);
        var driver = new SequentialDriver(ModelContext.Create(scenario), parallel: true);
        var synthesis = clock.Elapsed;
        long personMonths = 0;
        driver.RunToEnd(o => personMonths += o.Regions.Sum(r => r.PopulationStart));
        var wall = clock.Elapsed;
        process.Refresh();
        Console.WriteLine($"macro --model: {options.Scenario} --scale {options.Scale}, {Environment.ProcessorCount} processors, load average {Common.MachineLoad.Averages()}");
        Console.WriteLine();
        Console.WriteLine("| figure | value |");
        Console.WriteLine("| --- | --- |");
        Console.WriteLine($"| model only: wall time (load, synthesis, months; no grains, no outputs) | {wall.TotalSeconds:0.00} s |");
        Console.WriteLine($"| CPU time (all threads) | {(process.TotalProcessorTime - cpuBefore).TotalSeconds:0.00} s |");
        Console.WriteLine($"|   of which synthesis (wall) | {synthesis.TotalSeconds:0.00} s |");
        Console.WriteLine($"| person-months/s (months only) | {personMonths / (wall - synthesis).TotalSeconds / 1e6:0.00} M |");
        Console.WriteLine($"| peak working set | {process.PeakWorkingSet64 / 1e6:0} MB |");
        return 0;
    }
}
