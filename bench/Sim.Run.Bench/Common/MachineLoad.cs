namespace Sim.Run.Bench.Common;

/// <summary>The machine's load average (Linux <c>/proc/loadavg</c>), printed beside every figure measured on a shared machine.</summary>
internal static class MachineLoad
{
    /// <summary>"1-min 5-min 15-min", or "unknown" where the file does not exist.</summary>
    public static string Averages()
    {
        const string path = "/proc/loadavg";
        return File.Exists(path)
            ? string.Join(' ', File.ReadAllText(path).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3))
            : "unknown";
    }
}
