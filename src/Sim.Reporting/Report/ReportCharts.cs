using Sim.Reporting.Charts;
using Sim.Reporting.Comparison;
using Sim.Reporting.Ensembles;
using Sim.Reporting.Runs;

namespace Sim.Reporting.Report;

/// <summary>
/// The charts of a report, in page order: national population (fan band for ensembles), births and deaths,
/// arrivals and departures abroad by group, internal moves by mover group, the largest inter-regional flows, rents
/// in Astana and Almaty, unemployment, permits and enforcement by lever, with <c>--against</c> the differences of
/// regional populations, and one small multiple per region. The subject is drawn in the first colour, the run set
/// compared against in the second (thin, faded median).
/// </summary>
internal static class ReportCharts
{
    /// <summary>Region codes of the two cities whose rents are charted.</summary>
    private static readonly string[] RentCities = ["AST", "ALA"];

    /// <summary>Builds every chart except the small multiples (see <see cref="Regions"/>).</summary>
    public static List<ChartImage> Main(RunSet main, RunSet? against, RunComparison? comparison)
    {
        var charts = new List<ChartImage>
        {
            Fans("national-population", "Population of Kazakhstan", "persons, million", 1e6, main, against, "population_end"),
            Births(main, against),
            Groups("arrivals-by-group", "Arrivals from abroad by group (median)", main,
                [("all arrivals", "arrivals"), ("kandas", "kandas_arrivals"), ("Russian citizens", "arrivals_russians"), ("transit", "arrivals_transit")]),
            Groups("departures-by-group", "Departures abroad by group (median)", main,
                [("all departures", "departures"), ("transit", "departures_transit"), ("Russian citizens", "departures_russians"), ("deported", "deported"), ("emigrated citizens", "emigrants")]),
            FlowCharts.MoverGroups(main),
            FlowCharts.Largest(main, 15),
            Rents(main, against),
            Fans("unemployment", "Unemployment rate", "% of the labour force", 0.01, main, against, "unemployment_rate"),
            Groups("permits-by-lever", "Permits issued by lever (median)", main,
                [("work permits (quota)", "permits_work"), ("in-demand professions", "permits_in_demand"), ("investor", "permits_investor"),
                 ("scientific-pedagogical", "permits_scientific"), ("EAEU residence", "permits_eaeu_residence"), ("refugee status", "refugee_granted")]),
            Groups("enforcement-by-lever", "Enforcement counters (median)", main,
                [("became irregular", "became_irregular"), ("detected", "detected"), ("deported", "deported"), ("entry bans", "entry_bans"), ("employers fined", "employers_fined")]),
        };
        if (comparison is not null)
        {
            charts.Add(DifferenceChart.Population(comparison));
        }

        return charts;
    }

    /// <summary>
    /// One small chart per region: its population, with the fan band for ensembles and the compared run set's
    /// median thin and faded; no legend (the national chart's legend applies).
    /// </summary>
    public static List<ChartImage> Regions(RunSet main, RunSet? against)
    {
        var charts = new List<ChartImage>();
        var months = main.First.Months;
        for (var r = 0; r < main.First.RegionCodes.Count; r++)
        {
            var chart = new TimeSeriesChart(main.First.RegionNames[r], "thousand", 1000);
            chart.Fan(main.Label, months, EnsembleStatistics.RegionSeries(main, "population_end", r), main.Members.Count, 0);
            if (against is not null)
            {
                chart.Line(against.Label, months, EnsembleStatistics.RegionSeries(against, "population_end", r).Select(s => s.P50).ToList(), 1, faded: true);
            }

            charts.Add(chart.Render("region-" + main.First.RegionCodes[r].ToLowerInvariant(), 380, 260, legend: false));
        }

        return charts;
    }

    private static ChartImage Fans(string id, string title, string unit, double divisor, RunSet main, RunSet? against, string column)
    {
        var chart = new TimeSeriesChart(title, unit, divisor);
        chart.Fan(main.Label, main.First.Months, National(main, column), main.Members.Count, 0);
        if (against is not null)
        {
            chart.Fan(against.Label, against.First.Months, National(against, column), against.Members.Count, 1);
        }

        return chart.Render(id);
    }

    private static ChartImage Births(RunSet main, RunSet? against)
    {
        var chart = new TimeSeriesChart("Births and deaths per month", "persons, thousand", 1000);
        chart.Fan("births " + main.Label, main.First.Months, National(main, "births"), main.Members.Count, 0);
        chart.Fan("deaths " + main.Label, main.First.Months, National(main, "deaths"), main.Members.Count, 1);
        if (against is not null)
        {
            chart.Line("births " + against.Label, against.First.Months, National(against, "births").Select(s => s.P50).ToList(), 0, faded: true);
            chart.Line("deaths " + against.Label, against.First.Months, National(against, "deaths").Select(s => s.P50).ToList(), 1, faded: true);
        }

        return chart.Render("births-deaths");
    }

    private static ChartImage Groups(string id, string title, RunSet main, IReadOnlyList<(string Name, string Column)> groups)
    {
        var chart = new TimeSeriesChart(title, "persons per month");
        for (var i = 0; i < groups.Count; i++)
        {
            chart.Line(groups[i].Name, main.First.Months, National(main, groups[i].Column).Select(s => s.P50).ToList(), i);
        }

        return chart.Render(id);
    }

    private static ChartImage Rents(RunSet main, RunSet? against)
    {
        var chart = new TimeSeriesChart("Rents in Astana and Almaty", "KZT per m² per month");
        var color = 0;
        foreach (var code in RentCities)
        {
            var region = main.First.RegionIndex(code);
            if (region < 0)
            {
                continue;
            }

            var name = main.First.RegionNames[region];
            chart.Fan(name, main.First.Months, EnsembleStatistics.RegionSeries(main, "rent_kzt_per_m2", region), main.Members.Count, color);
            if (against is not null)
            {
                chart.Line($"{name} {against.Label}", main.First.Months, EnsembleStatistics.RegionSeries(against, "rent_kzt_per_m2", region).Select(s => s.P50).ToList(), color, faded: true);
            }

            color++;
        }

        return chart.Render("rents");
    }

    private static QuantileSet[] National(RunSet set, string column) =>
        EnsembleStatistics.NationalSeries(set, column) ?? throw new ReportInputException($"{set.Path}: indicator '{column}' has no national value");
}
