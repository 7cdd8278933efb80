namespace Sim.Host.Dashboard;

/// <summary>What the runs page shows: the cluster's silos and the runs in flight.</summary>
/// <param name="Silos">Active silos (address as Orleans prints it), in address order.</param>
/// <param name="Runs">Runs that have started and not completed, by run id.</param>
internal sealed record ClusterRunsSnapshot(IReadOnlyList<string> Silos, IReadOnlyList<RunInFlight> Runs);

/// <summary>One run in flight.</summary>
/// <param name="RunId">The run grain's key.</param>
/// <param name="MonthsDone">Months simulated so far.</param>
/// <param name="MonthsTotal">Months the run simulates.</param>
/// <param name="PersonMonths">Residents at the start of each simulated month, summed so far.</param>
/// <param name="PersonMonthsPerSecond">Person-months simulated per second since this silo first saw the run (null until it has two samples apart).</param>
/// <param name="RunSilo">The silo hosting the run grain.</param>
/// <param name="RegionsBySilo">Region indexes of the run by the silo hosting them.</param>
internal sealed record RunInFlight(string RunId, int MonthsDone, int MonthsTotal, long PersonMonths, double? PersonMonthsPerSecond,
    string RunSilo, IReadOnlyDictionary<string, IReadOnlyList<int>> RegionsBySilo);
