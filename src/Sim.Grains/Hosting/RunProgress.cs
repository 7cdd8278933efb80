using Sim.Model;

namespace Sim.Grains.Hosting;

/// <summary>Where a run is after a month.</summary>
/// <param name="Month">The month just simulated.</param>
/// <param name="MonthsDone">Months simulated so far.</param>
/// <param name="MonthCount">Months of the run.</param>
/// <param name="Agents">Residents at the end of the month, agents.</param>
/// <param name="Persons">Residents at the end of the month, persons (agents × weight).</param>
/// <param name="PersonMonths">Agent-months simulated so far (residents at the start of each month, summed).</param>
public sealed record RunProgress(YearMonth Month, int MonthsDone, int MonthCount, long Agents, double Persons, long PersonMonths);
