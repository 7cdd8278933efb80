using System.Globalization;

namespace Sim.Scenarios;

/// <summary>Reads the kandas settlement CSV (columns <c>code, share, source</c>, as in <c>scenarios/data/kandas_settlement.csv</c>).</summary>
public static class KandasSettlementReader
{
    private static readonly string[] Columns = ["code", "share", "source"];

    /// <summary>Reads the file; region codes must be in <paramref name="regionCodes"/> and the shares add up to at most 1.</summary>
    public static IReadOnlyDictionary<string, double> Read(string path, IReadOnlySet<string> regionCodes)
    {
        ArgumentNullException.ThrowIfNull(regionCodes);
        var shares = new Dictionary<string, double>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in CsvFile.Read(path, Columns))
        {
            var code = DataFields.Region(row, "code", regionCodes);
            DataFields.Once(seen, code, row, $"region {code}");
            shares[code] = DataFields.Bounded(row, "share", 0, 1);
            if (shares.Values.Sum() > 1 + 1e-9)
            {
                throw row.Error("share", string.Create(CultureInfo.InvariantCulture, $"the shares add up to {shares.Values.Sum():0.###} by this row; at most 1 is allowed (the rest is spread by population)"));
            }
        }

        return shares;
    }
}
