using System.Globalization;

namespace Sim.Run.Bench.Common;

/// <summary>
/// CPU time and peak resident memory of another process, read from Linux's <c>/proc/PID/stat</c> (utime + stime in
/// clock ticks, 100 per second) and <c>/proc/PID/status</c> (<c>VmHWM</c>, the resident high-water mark).
/// </summary>
internal static class ProcStat
{
    private const double TicksPerSecond = 100;

    /// <summary>User + system CPU seconds the process has used, or NaN when it is gone.</summary>
    public static double CpuSeconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
        }
        catch (IOException)
        {
            return double.NaN;
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
