namespace Sim.Host.Running;

/// <summary>An <see cref="IProgress{T}"/> that calls its handler on the reporting thread, in order.</summary>
internal sealed class SyncProgress<T>(Action<T> handler) : IProgress<T>
{
    public void Report(T value) => handler(value);
}

/// <summary>Creates <see cref="SyncProgress{T}"/> instances.</summary>
internal static class SyncProgress
{
    public static SyncProgress<T> Create<T>(Action<T> handler) => new(handler);
}
