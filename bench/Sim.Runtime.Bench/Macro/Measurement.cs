using System.Diagnostics;

namespace Sim.Runtime.Bench.Macro;

/// <summary>
/// One timed section: how many operations, the wall time and the CPU time this process used meanwhile. On a shared,
/// loaded machine the process gets a fraction of the cores, so operations per CPU-second say more about the code than
/// operations per wall-second; both are reported.
/// </summary>
internal readonly record struct Measurement(double Operations, TimeSpan Wall, TimeSpan Cpu)
{
    public double PerWallSecond => Operations / Wall.TotalSeconds;

    public double PerCpuSecond => Operations / Cpu.TotalSeconds;

    public static async Task<Measurement> TimeAsync(double operations, Func<Task> section)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        await section();
        wall.Stop();
        process.Refresh();
        return new Measurement(operations, wall.Elapsed, process.TotalProcessorTime - cpu);
    }

    /// <summary>A measurement that is a value, not a rate (memory per activation).</summary>
    public static Measurement Value(double value) => new(value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
}
