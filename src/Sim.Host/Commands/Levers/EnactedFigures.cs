using System.Globalization;
using Sim.Model.Scenarios;

namespace Sim.Host.Commands.Levers;

/// <summary>
/// The enacted figures a lever scales, as the run's data files give them (quotas.csv, relocation_regions.csv,
/// kandas.csv), so the levers table shows the quotas and not only their multiplier.
/// </summary>
internal static class EnactedFigures
{
    /// <summary>Work-permit quota share (employer + household) by year.</summary>
    public static string WorkPermits(ScenarioTables tables) =>
        "data: share " + string.Join(", ", Years(tables, QuotaKind.EmployerPermitShare, QuotaKind.HouseholdPermitShare)
            .Select(y => $"{y} {Share(tables.Quotas.National(QuotaKind.EmployerPermitShare, y) + tables.Quotas.National(QuotaKind.HouseholdPermitShare, y))}"))
        + Regional(tables, QuotaKind.EmployerPermitShare, Share) + Regional(tables, QuotaKind.HouseholdPermitShare, Share);

    /// <summary>Relocation quota by year, places by region, listed regions.</summary>
    public static string Relocation(ScenarioTables tables)
    {
        string Listed(RelocationRole role) => string.Join(" ", tables.RelocationRegions.Where(r => r.Role == role).Select(r => $"{r.Code}({r.Since})"));
        return "data: quota " + string.Join(", ", Years(tables, QuotaKind.RelocationQuota).Select(y => $"{y} {Persons(tables.Quotas.National(QuotaKind.RelocationQuota, y))}"))
            + Regional(tables, QuotaKind.RelocationQuota, Persons)
            + $"; surplus {Listed(RelocationRole.Surplus)}; shortage {Listed(RelocationRole.Shortage)}";
    }

    /// <summary>Kandas quota and observed arrivals by year.</summary>
    public static string Kandas(ScenarioTables tables) =>
        "data: quota " + string.Join(", ", Years(tables, QuotaKind.KandasQuota).Select(y => $"{y} {Persons(tables.Quotas.National(QuotaKind.KandasQuota, y))}"))
        + "; arrivals " + string.Join(", ", tables.KandasArrivals.Points.Select(p => $"{p.Key.Year} {Persons(p.Value)}"));

    private static IEnumerable<int> Years(ScenarioTables tables, params QuotaKind[] kinds) =>
        tables.Quotas.Entries.Where(e => kinds.Contains(e.Kind) && e.Region.Length == 0).Select(e => e.Year).Distinct().Order();

    private static string Regional(ScenarioTables tables, QuotaKind kind, Func<double, string> format)
    {
        var rows = tables.Quotas.Entries.Where(e => e.Kind == kind && e.Region.Length > 0).ToList();
        return rows.Count == 0 ? string.Empty : " (" + string.Join(", ", rows.Select(e => $"{e.Region} {e.Year} {format(e.Value)}")) + ")";
    }

    private static string Persons(double v) => v.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Share(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
}
