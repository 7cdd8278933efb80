namespace Sim.Runtime.Tests.Grains;

/// <summary>What a turn-checking grain observed.</summary>
public sealed record TurnStats(long Calls, long OverlappingSegments, int MaxRequestsInProgress);
