namespace Sim.Model.Scenarios;

/// <summary>What a run writes (<c>outputs:</c>).</summary>
/// <param name="SnapshotYears">Years whose December person microdata are written.</param>
/// <param name="Events">Whether the event log is written.</param>
/// <param name="EventLogCapacity">Events kept per region.</param>
public sealed record OutputParameters(IReadOnlyList<int> SnapshotYears, bool Events, int EventLogCapacity);
