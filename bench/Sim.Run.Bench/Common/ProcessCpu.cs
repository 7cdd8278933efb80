using System.Diagnostics;

namespace Sim.Run.Bench.Common;

/// <summary>CPU time (user + system, every thread) this process has used so far; on Linux in 10 ms ticks.</summary>
internal static class ProcessCpu
{
    public static TimeSpan Now()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
