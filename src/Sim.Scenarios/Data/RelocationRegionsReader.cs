using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <summary>Reads the relocation programme regions CSV (columns <c>code, role, since, source</c>, as in <c>scenarios/data/relocation_regions.csv</c>).</summary>
public static class RelocationRegionsReader
{
    private static readonly string[] Columns = ["code", "role", "since", "source"];

    /// <summary>Reads the file; codes must be in <paramref name="regionCodes"/>, role <c>surplus</c> or <c>shortage</c>, each region listed once.</summary>
    public static IReadOnlyList<RelocationRegion> Read(string path, IReadOnlySet<string> regionCodes)
    {
        ArgumentNullException.ThrowIfNull(regionCodes);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var regions = new List<RelocationRegion>();
        foreach (var row in CsvFile.Read(path, Columns))
        {
            var code = DataFields.Region(row, "code", regionCodes);
            DataFields.Once(seen, code, row, $"region {code}");
            var role = row.Text("role") switch
            {
                "surplus" => RelocationRole.Surplus,
                "shortage" => RelocationRole.Shortage,
                var other => throw row.Error("role", $"'{other}' is not a role (allowed: surplus, shortage)"),
            };
            regions.Add(new RelocationRegion(code, role, DataFields.Year(row, "since")));
        }

        return regions;
    }
}
