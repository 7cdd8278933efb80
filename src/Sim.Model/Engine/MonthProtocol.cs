namespace Sim.Model.Engine;

/// <summary>
/// The pieces of the monthly protocol shared by every driver (the sequential driver here, the region and run
/// grains elsewhere), so all of them produce identical results: routing movers, the canonical receive order,
/// and aggregation in region order.
/// </summary>
public static class MonthProtocol
{
    /// <summary>
    /// Groups the outgoing batches of all regions by destination: element d lists the batches for region d
    /// (in any order; <see cref="RegionSimulation.Receive"/> orders them canonically).
    /// </summary>
    public static List<MoverBatch>[] Route(IEnumerable<RegionMonthResult> results, int regionCount)
    {
        var routed = new List<MoverBatch>[regionCount];
        for (var d = 0; d < regionCount; d++)
        {
            routed[d] = [];
        }

        foreach (var result in results)
        {
            foreach (var batch in result.Outgoing)
            {
                routed[batch.DestinationRegion].Add(batch);
            }
        }

        return routed;
    }

    /// <summary>
    /// The canonical order in which a destination appends movers: by source region, then by person id.
    /// Throws when a batch is addressed to another region or two batches share a person.
    /// </summary>
    public static IReadOnlyList<(MoverBatch Batch, int Row)> CanonicalOrder(IReadOnlyList<MoverBatch> incoming, int destination)
    {
        var total = 0;
        foreach (var batch in incoming)
        {
            if (batch.DestinationRegion != destination)
            {
                throw new ArgumentException($"batch from {batch.SourceRegion} is for region {batch.DestinationRegion}, not {destination}", nameof(incoming));
            }

            total += batch.Count;
        }

        var order = new List<(MoverBatch Batch, int Row)>(total);
        foreach (var batch in incoming)
        {
            for (var r = 0; r < batch.Count; r++)
            {
                order.Add((batch, r));
            }
        }

        order.Sort(static (a, b) =>
        {
            var bySource = a.Batch.SourceRegion.CompareTo(b.Batch.SourceRegion);
            return bySource != 0 ? bySource : a.Batch.Id[a.Row].CompareTo(b.Batch.Id[b.Row]);
        });
        for (var k = 1; k < order.Count; k++)
        {
            if (order[k].Batch.Id[order[k].Row] == order[k - 1].Batch.Id[order[k - 1].Row])
            {
                throw new ArgumentException($"person {order[k].Batch.Id[order[k].Row]} delivered twice", nameof(incoming));
            }
        }

        return order;
    }

    /// <summary>Aggregates one month's final rows given in any order (sorted by region index first).</summary>
    public static NationalIndicators Aggregate(IEnumerable<RegionMonthIndicators> rows)
    {
        var sorted = rows.OrderBy(r => r.RegionIndex).ToArray();
        return NationalIndicators.Aggregate(sorted);
    }

    /// <summary>The national indicators the first month reads: the aggregate of every region's start state.</summary>
    public static NationalIndicators Initial(IEnumerable<RegionSimulation> regions) =>
        Aggregate(regions.Select(r => r.Indicators));

    /// <summary>Sorts flow rows by (origin, destination, group).</summary>
    public static List<FlowRow> SortFlows(IEnumerable<FlowRow> flows) =>
        flows.OrderBy(f => f.OriginRegion).ThenBy(f => f.DestinationRegion).ThenBy(f => f.Group).ToList();
}
