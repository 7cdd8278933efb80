namespace Sim.Runtime.Tests.Grains;

/// <summary>Per-caller sequence checking results.</summary>
public sealed record OrderReport(int Callers, long Received, long OutOfOrder, IReadOnlyDictionary<string, int> LastByCaller);
