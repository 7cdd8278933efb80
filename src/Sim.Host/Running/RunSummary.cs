using System.Globalization;
using Sim.Grains.Hosting;
using Sim.Model.Engine;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Sim.Host.Running;

/// <summary>
/// The table printed at the end of a run: by region and nationally, population at the start and the end,
/// arrivals, departures, internal moves, programme relocations, rent change and unemployment, in persons.
/// When the one wide table does not fit the terminal, the same figures come as two narrow tables (regions by code,
/// headers on two lines) that fit 80 columns, so nothing wraps.
/// </summary>
internal static class RunSummary
{
    private static readonly string[] Figures =
        ["change", "arrivals", "departures", "moves in", "moves out", "programme moves", "rent change", "unemployment"];

    /// <summary>Figures of the first narrow table (after the two populations); the rest go to the second.</summary>
    private const int FirstNarrowFigures = 3;

    public static IRenderable Build(RunResult result, IReadOnlyList<string> regionNames, int width)
    {
        var start = result.Started.StartRows;
        var end = result.EndRows;
        var weight = start.Length > 0 ? start[0].Weight : 1;
        var title = FormattableString.Invariant($"{result.Start} to {result.End}, persons (agents x {weight:0.##})");
        var rows = new List<string[]>();
        for (var r = 0; r < start.Length; r++)
        {
            var months = result.Months.Select(m => m.Rows[r]).ToArray();
            rows.Add(Cells(regionNames[r], start[r], end[r], months, weight));
        }

        var national = result.Months.Select(m => NationalIndicators.Aggregate(m.Rows).Total).ToArray();
        var total = Cells("Kazakhstan", NationalIndicators.Aggregate(start).Total, NationalIndicators.Aggregate(end.ToArray()).Total, national, weight);
        string[] headers = ["region", "population " + result.Start, "population " + result.End, .. Figures];
        if (WidthOf(headers, [.. rows, total]) <= width)
        {
            return Table(title, headers, rows, total);
        }

        // Narrow: the region's code alone, two-line headers, and the columns split over two tables.
        var narrowRows = rows.Select(r => (string[])[r[0].Split(' ')[0], .. r[1..]]).ToList();
        string[] narrowHeaders = ["region", $"population\n{result.Start}", $"population\n{result.End}", .. Figures.Select(f => f.Replace(' ', '\n'))];
        var split = 3 + FirstNarrowFigures;
        int[] first = [.. Enumerable.Range(0, split)];
        int[] second = [0, .. Enumerable.Range(split, headers.Length - split)];
        return new Rows(
            Table(title, Pick(narrowHeaders, first), narrowRows.Select(r => Pick(r, first)).ToList(), Pick(total, first)),
            Table(title + ", continued", Pick(narrowHeaders, second), narrowRows.Select(r => Pick(r, second)).ToList(), Pick(total, second)));
    }

    /// <summary>The width a rounded table of these cells takes: cells plus one space each side and a border between.</summary>
    internal static int WidthOf(IReadOnlyList<string> headers, IReadOnlyList<string[]> rows)
    {
        var width = 1;
        for (var c = 0; c < headers.Count; c++)
        {
            var widest = headers[c].Split('\n').Max(l => l.Length);
            foreach (var row in rows)
            {
                widest = Math.Max(widest, row[c].Length);
            }

            width += widest + 3;
        }

        return width;
    }

    private static Table Table(string title, IReadOnlyList<string> headers, List<string[]> rows, string[] total)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(title) };
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)) { Alignment = header == "region" ? Justify.Left : Justify.Right, NoWrap = true });
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select(Markup.Escape).ToArray());
        }

        table.AddEmptyRow();
        table.AddRow(total.Select(Markup.Escape).ToArray());
        return table;
    }

    private static string[] Pick(string[] cells, int[] columns) => [.. columns.Select(c => cells[c])];

    private static string[] Cells(string name, RegionMonthIndicators first, RegionMonthIndicators last, RegionMonthIndicators[] months, double weight)
    {
        var startPopulation = first.PopulationEnd * weight;
        var endPopulation = last.PopulationEnd * weight;
        return
        [
            name,
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
