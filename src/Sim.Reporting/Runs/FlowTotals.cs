namespace Sim.Reporting.Runs;

/// <summary>
/// A run's <c>flows</c> table reduced to what the report shows, in persons: movers between every pair of regions
/// over the whole run, and national movers per month by mover group.
/// </summary>
public sealed class FlowTotals
{
    internal FlowTotals(double[,] originDestination, IReadOnlyList<string> groups, double[,] byGroupAndMonth)
    {
        OriginDestination = originDestination;
        Groups = groups;
        ByGroupAndMonth = byGroupAndMonth;
    }

    /// <summary>Movers [origin, destination] over the run (region indices of the run), persons.</summary>
    public double[,] OriginDestination { get; }

    /// <summary>Mover groups in order of first appearance (e.g. citizen, foreigner, relocation_programme).</summary>
    public IReadOnlyList<string> Groups { get; }

    /// <summary>Movers [group, month index] summed over origins and destinations, persons.</summary>
    public double[,] ByGroupAndMonth { get; }
}
