namespace Sim.Model.Scenarios;

/// <summary>
/// The enacted quotas by year (<c>scenarios/data/quotas.csv</c>): a quota stays in force from its year until the
/// next year the table gives for the same kind (and region), so the last year carries forward.
/// </summary>
/// <param name="Entries">The rows in file order.</param>
public sealed record QuotaTable(IReadOnlyList<QuotaEntry> Entries)
{
    /// <summary>The national figure of <paramref name="kind"/> in force in <paramref name="year"/>: the latest national row at or before it, else the earliest (0 when the table has none).</summary>
    public double National(QuotaKind kind, int year)
    {
        var rows = Entries.Where(e => e.Kind == kind && e.Region.Length == 0).ToList();
        if (rows.Count == 0)
        {
            return 0;
        }

        var inForce = rows.Where(e => e.Year <= year).MaxBy(e => e.Year) ?? rows.MinBy(e => e.Year)!;
        return inForce.Value;
    }

    /// <summary>
    /// The regional rows of <paramref name="kind"/> in force in <paramref name="year"/>: those of the latest year at
    /// or before it that has regional rows (empty when none), with that year's national figure.
    /// </summary>
    public (IReadOnlyDictionary<string, double> Regions, double National) Regional(QuotaKind kind, int year)
    {
        var regional = Entries.Where(e => e.Kind == kind && e.Region.Length > 0 && e.Year <= year).ToList();
        if (regional.Count == 0)
        {
            return (new Dictionary<string, double>(StringComparer.Ordinal), National(kind, year));
        }

        var latest = regional.Max(e => e.Year);
        return (regional.Where(e => e.Year == latest).ToDictionary(e => e.Region, e => e.Value, StringComparer.Ordinal), National(kind, latest));
    }
}
