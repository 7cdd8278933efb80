using System.Runtime.InteropServices;

namespace Sim.Parquet.Bench.Macro;

/// <summary>
/// CPU time (user + system) of the calling thread, from Linux getrusage(RUSAGE_THREAD). On a machine shared with
/// other work, CPU time says what the writer costs better than wall time does. NaN where unavailable.
/// </summary>
internal static partial class ThreadCpu
{
    private const int RusageThread = 1;

    public static double Milliseconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return double.NaN;
        }

        return getrusage(RusageThread, out var usage) == 0
            ? (usage.UserSeconds + usage.SystemSeconds) * 1e3 + ((usage.UserMicros + usage.SystemMicros) / 1e3)
            : double.NaN;
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int getrusage(int who, out Rusage usage);

    /// <summary>The leading timevals of struct rusage (64-bit Linux); the remaining fields are not read.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicros;
        public long SystemSeconds;
        public long SystemMicros;
        private unsafe fixed long rest[14];
    }
}
