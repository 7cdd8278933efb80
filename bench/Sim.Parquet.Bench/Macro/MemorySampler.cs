using System.Diagnostics;

namespace Sim.Parquet.Bench.Macro;

/// <summary>
/// Samples the process's working set and managed heap every few milliseconds on a background thread and keeps
/// the maxima; the kernel's own high-water mark (PeakWorkingSet64, VmHWM on Linux) is read at the end as well.
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly Thread thread;
    private volatile bool stop;

    public MemorySampler()
    {
        thread = new Thread(Run) { IsBackground = true, Name = "memory-sampler", Priority = ThreadPriority.AboveNormal };
        thread.Start();
    }

    public long MaxWorkingSet { get; private set; }

    public long MaxManagedHeap { get; private set; }

    public void Dispose()
    {
        stop = true;
        thread.Join();
    }

    public static long PeakWorkingSet()
    {
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return self.PeakWorkingSet64;
    }

    private void Run()
    {
        while (!stop)
        {
            Sample();
            Thread.Sleep(5);
        }

        Sample();
    }

    private void Sample()
    {
        MaxWorkingSet = Math.Max(MaxWorkingSet, Environment.WorkingSet);
        MaxManagedHeap = Math.Max(MaxManagedHeap, GC.GetTotalMemory(forceFullCollection: false));
    }
}
