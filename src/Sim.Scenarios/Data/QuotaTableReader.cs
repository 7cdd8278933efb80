using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <summary>Reads the quotas CSV (columns <c>year, kind, region, value, source</c>, as in <c>scenarios/data/quotas.csv</c>).</summary>
public static class QuotaTableReader
{
    private static readonly string[] Columns = ["year", "kind", "region", "value", "source"];

    private static readonly Dictionary<string, QuotaKind> Kinds = new(StringComparer.Ordinal)
    {
        ["relocation_quota"] = QuotaKind.RelocationQuota,
        ["kandas_quota"] = QuotaKind.KandasQuota,
        ["employer_permit_share"] = QuotaKind.EmployerPermitShare,
        ["household_permit_share"] = QuotaKind.HouseholdPermitShare,
    };

    /// <summary>
    /// Reads the file; a region, when given, must be in <paramref name="regionCodes"/> (and, for a relocation quota,
    /// a shortage region of <paramref name="relocationRegions"/> listed by that year when those are given); shares lie
    /// in [0, 1], persons in [0, 10,000,000].
    /// </summary>
    public static QuotaTable Read(string path, IReadOnlySet<string> regionCodes, IReadOnlyList<RelocationRegion>? relocationRegions = null)
    {
        ArgumentNullException.ThrowIfNull(regionCodes);
        var seen = new HashSet<(int, QuotaKind, string)>();
        var entries = new List<QuotaEntry>();
        foreach (var row in CsvFile.Read(path, Columns))
        {
            var year = DataFields.Year(row, "year");
            var kindText = row.Text("kind");
            if (!Kinds.TryGetValue(kindText, out var kind))
            {
                throw row.Error("kind", $"'{kindText}' is not a quota kind (allowed: {string.Join(", ", Kinds.Keys)})");
            }

            var region = row.Text("region").Length == 0 ? string.Empty : DataFields.Region(row, "region", regionCodes);
            DataFields.Once(seen, (year, kind, region), row, $"{kindText} of {year}{(region.Length > 0 ? " for " + region : string.Empty)}");
            if (kind == QuotaKind.RelocationQuota && region.Length > 0 && relocationRegions is not null
                && !relocationRegions.Any(r => r.Code == region && r.Role == RelocationRole.Shortage && r.Since <= year))
            {
                throw row.Error("region", $"'{region}' is not a shortage region of the relocation programme listed by {year} (relocation_regions)");
            }

            var share = kind is QuotaKind.EmployerPermitShare or QuotaKind.HouseholdPermitShare;
            entries.Add(new QuotaEntry(year, kind, region, DataFields.Bounded(row, "value", 0, share ? 1 : 10_000_000)));
        }

        return new QuotaTable(entries);
    }
}
