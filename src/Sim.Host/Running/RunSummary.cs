using System.Globalization;
using Sim.Grains.Hosting;
using Sim.Model.Engine;
using Spectre.Console;

namespace Sim.Host.Running;

/// <summary>
/// The table printed at the end of a run: by region and nationally, population at the start and the end,
/// arrivals, departures, internal moves, programme relocations, rent change and unemployment, in persons.
/// </summary>
internal static class RunSummary
{
    public static Table Build(RunResult result, IReadOnlyList<string> regionNames)
    {
        var start = result.Started.StartRows;
        var end = result.EndRows;
        var weight = start.Length > 0 ? start[0].Weight : 1;
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(FormattableString.Invariant($"{result.Start} to {result.End}, persons (agents x {weight:0.##})")) };
        foreach (var header in new[] { "region", "population " + result.Start, "population " + result.End, "change", "arrivals", "departures", "moves in", "moves out", "programme moves", "rent change", "unemployment" })
        {
            table.AddColumn(new TableColumn(header) { Alignment = header == "region" ? Justify.Left : Justify.Right });
        }

        for (var r = 0; r < start.Length; r++)
        {
            var months = result.Months.Select(m => m.Rows[r]).ToArray();
            table.AddRow(Cells(regionNames[r], start[r], end[r], months, weight));
        }

        var national = result.Months.Select(m => NationalIndicators.Aggregate(m.Rows).Total).ToArray();
        table.AddEmptyRow();
        table.AddRow(Cells("Kazakhstan", NationalIndicators.Aggregate(start).Total, NationalIndicators.Aggregate(end.ToArray()).Total, national, weight));
        return table;
    }

    private static string[] Cells(string name, RegionMonthIndicators first, RegionMonthIndicators last, RegionMonthIndicators[] months, double weight)
    {
        var startPopulation = first.PopulationEnd * weight;
        var endPopulation = last.PopulationEnd * weight;
        return
        [
            Markup.Escape(name),
            N(startPopulation),
            N(endPopulation),
            Percent(startPopulation > 0 ? (endPopulation / startPopulation) - 1 : 0, signed: true),
            N(months.Sum(m => m.Arrivals) * weight),
            N(months.Sum(m => m.Departures) * weight),
            N(months.Sum(m => m.MovesIn) * weight),
            N(months.Sum(m => m.MovesOut) * weight),
            N(months.Sum(m => m.RelocationProgrammeMoves) * weight),
            Percent(first.RentKztPerM2 > 0 ? (last.RentKztPerM2 / first.RentKztPerM2) - 1 : 0, signed: true),
            Percent(last.UnemploymentRate, signed: false),
        ];
    }

    private static string N(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Percent(double ratio, bool signed) =>
        (signed && ratio >= 0 ? "+" : string.Empty) + (ratio * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
