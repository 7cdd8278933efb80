using System.Diagnostics;

namespace Sim.Runtime.Tests.Infrastructure;

/// <summary>Waits for a condition that other threads make true, with a deadline (no fixed sleeps).</summary>
public static class Eventually
{
    public static async Task True(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(20);
        var sw = Stopwatch.StartNew();
        while (!condition())
        {
            if (sw.Elapsed > limit)
            {
                throw new TimeoutException($"Timed out after {limit} waiting for: {what}");
            }

            await Task.Delay(5);
        }
    }

    /// <summary>Awaits a task, failing the test instead of hanging if it does not complete in time.</summary>
    public static async Task<T> Within<T>(Task<T> task, TimeSpan? timeout = null) =>
        await task.WaitAsync(timeout ?? TimeSpan.FromSeconds(20));

    public static async Task Within(Task task, TimeSpan? timeout = null) =>
        await task.WaitAsync(timeout ?? TimeSpan.FromSeconds(20));
}
