using Sim.Model;
using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <summary>Reads the kandas arrivals CSV (columns <c>year, arrivals, source</c>, as in <c>scenarios/data/kandas.csv</c>) into a series with a point each January.</summary>
public static class KandasArrivalsReader
{
    private static readonly string[] Columns = ["year", "arrivals", "source"];

    /// <summary>Reads the file; throws <see cref="CsvFormatException"/> naming the file, line, column and value of a bad row.</summary>
    public static MonthSeries Read(string path)
    {
        var seen = new HashSet<int>();
        var points = new List<KeyValuePair<YearMonth, double>>();
        foreach (var row in CsvFile.Read(path, Columns))
        {
            var year = DataFields.Year(row, "year");
            DataFields.Once(seen, year, row, $"year {year}");
            points.Add(new(new YearMonth(year, 1), DataFields.Bounded(row, "arrivals", 0, 1_000_000)));
        }

        return new MonthSeries(points);
    }
}
