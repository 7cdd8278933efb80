using System.Globalization;

namespace Sim.Run.Bench.Common;

/// <summary>
/// CPU time, minor page faults and peak resident memory of another process, read from Linux's <c>/proc/PID/stat</c>
/// (utime + stime in clock ticks, 100 per second; minflt) and <c>/proc/PID/status</c> (<c>VmHWM</c>, the resident
/// high-water mark).
/// </summary>
internal static class ProcStat
{
    private const double TicksPerSecond = 100;

    /// <summary>User + system CPU seconds the process has used, or NaN when it is gone.</summary>
    public static double CpuSeconds(int pid) =>
        StatFields(pid) is { } fields
            ? (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond
            : double.NaN;

    /// <summary>
    /// Minor page faults the process has taken (first touches of memory, each a trip into the kernel), or NaN when it is
    /// gone: on a virtual machine a fresh process's growing heap costs noticeable CPU this way.
    /// </summary>
    public static double MinorFaults(int pid) =>
        StatFields(pid) is { } fields ? long.Parse(fields[7], CultureInfo.InvariantCulture) : double.NaN;

    /// <summary>The fields of <c>/proc/PID/stat</c> from the third (state) on, or null when the process is gone.</summary>
    private static string[]? StatFields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The process's peak resident set in bytes, or 0 when it is gone.</summary>
    public static long PeakResidentBytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
