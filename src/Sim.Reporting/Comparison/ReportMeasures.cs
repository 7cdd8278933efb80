namespace Sim.Reporting.Comparison;

/// <summary>The figures of the region table and of the comparison, in display order.</summary>
public static class ReportMeasures
{
    /// <summary>Every measure.</summary>
    public static IReadOnlyList<ReportMeasure> All { get; } =
    [
        new("population", "Population", "persons", MeasureKind.Level, "population_end"),
        new("births", "Births", "persons", MeasureKind.Total, "births"),
        new("deaths", "Deaths", "persons", MeasureKind.Total, "deaths"),
        new("net_international", "Net migration from abroad", "persons", MeasureKind.Total, "arrivals", "departures"),
        new("net_internal", "Net internal migration", "persons", MeasureKind.Total, "moves_in", "moves_out", RegionalOnly: true),
        new("permits_issued", "Permits issued", "persons", MeasureKind.Total, "permits_issued"),
        new("detected", "Irregular stays detected", "persons", MeasureKind.Total, "detected"),
        new("deported", "Deported", "persons", MeasureKind.Total, "deported"),
        new("unemployment_rate", "Unemployment rate", "%", MeasureKind.Level, "unemployment_rate", Factor: 100),
        new("rent", "Rent", "KZT/m2/month", MeasureKind.Level, "rent_kzt_per_m2"),
    ];

    /// <summary>Every region_month column the report and the comparison read.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } =
    [
        "population_end", "births", "deaths", "arrivals", "departures", "moves_in", "moves_out", "labour_force",
        "unemployment_rate", "rent_kzt_per_m2", "permits_issued", "detected", "deported",
        "arrivals_transit", "kandas_arrivals", "arrivals_russians", "departures_transit", "departures_russians", "emigrants",
        "permits_work", "permits_in_demand", "permits_investor", "permits_scientific", "permits_eaeu_residence", "refugee_granted",
        "became_irregular", "entry_bans", "employers_fined",
    ];

    /// <summary>The month whose end is the report's date: December 2029 (1 Jan 2030) when the run has it, else the last month.</summary>
    public static int ReferenceMonth(IReadOnlyList<DateOnly> months)
    {
        for (var m = 0; m < months.Count; m++)
        {
            if (months[m] == new DateOnly(2029, 12, 1))
            {
                return m;
            }
        }

        return months.Count - 1;
    }

    /// <summary>Throws a one-line <see cref="ReportInputException"/> when a run lacks a column the report needs.</summary>
    public static void RequireColumns(Runs.RunSet set)
    {
        foreach (var member in set.Members)
        {
            var missing = RequiredColumns.FirstOrDefault(c => !member.Has(c));
            if (missing is not null)
            {
                throw new ReportInputException($"{member.Folder}: region_month lacks indicator '{missing}' that the report needs (needed: {string.Join(", ", RequiredColumns)})");
            }
        }
    }
}
