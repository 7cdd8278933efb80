using System.Collections.Concurrent;
using Sim.Runtime;

namespace Sim.Runtime.Tests.Grains;

/// <summary>Holds its first request open until a test opens the gate.</summary>
public sealed class GateGrain : Grain, IGateGrain
{
    public static ConcurrentDictionary<string, TaskCompletionSource> Gates { get; } = new();

    public static ConcurrentDictionary<string, bool> Entered { get; } = new();

    public async Task WaitForGate()
    {
        Entered[GetPrimaryKeyString()] = true;
        await Gates[GetPrimaryKeyString()].Task;
    }

    public Task<string> Peek() => Task.FromResult("peek");

    public Task<string> Plain() => Task.FromResult("plain");
}
