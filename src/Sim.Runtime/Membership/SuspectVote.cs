namespace Sim.Runtime;

/// <summary>One silo's vote that another silo is dead.</summary>
/// <param name="Suspecter">The voting silo.</param>
/// <param name="Time">When it voted.</param>
/// <remarks>Orleans counterpart: an item of <c>MembershipEntry.SuspectTimes</c>.</remarks>
public sealed record SuspectVote(SiloAddress Suspecter, DateTimeOffset Time);
