namespace Sim.Model.Engine;

/// <summary>
/// National totals of one month plus the per-region values next month's processes read (wage, unemployment,
/// rent, population). Built by <see cref="Aggregate"/> from the regions' final rows, in region order.
/// </summary>
public sealed class NationalIndicators
{
    private NationalIndicators(RegionMonthIndicators total, double[] wage, double[] unemployment, double[] rent, long[] population)
    {
        Total = total;
        WageKzt = wage;
        UnemploymentRate = unemployment;
        RentKztPerM2 = rent;
        Population = population;
    }

    /// <summary>Sums of the count columns; rates and averages recomputed nationally; region index -1.</summary>
    public RegionMonthIndicators Total { get; }

    /// <summary>The month the totals describe.</summary>
    public YearMonth Month => new(Total.Year, Total.Month);

    /// <summary>Average wage by region, KZT a month.</summary>
    public IReadOnlyList<double> WageKzt { get; }

    /// <summary>Unemployment rate by region (0..1).</summary>
    public IReadOnlyList<double> UnemploymentRate { get; }

    /// <summary>Rent per m² by region, KZT a month.</summary>
    public IReadOnlyList<double> RentKztPerM2 { get; }

    /// <summary>Residents at the end of the month by region, agents.</summary>
    public IReadOnlyList<long> Population { get; }

    /// <summary>
    /// Aggregates the regions' rows of one month; <paramref name="rows"/> must hold one row per region, in
    /// region-index order (the caller sorts; <see cref="MonthProtocol.Aggregate"/> does).
    /// </summary>
    public static NationalIndicators Aggregate(ReadOnlySpan<RegionMonthIndicators> rows)
    {
        if (rows.IsEmpty)
        {
            throw new ArgumentException("no regions", nameof(rows));
        }

        var total = default(RegionMonthIndicators);
        total.Year = rows[0].Year;
        total.Month = rows[0].Month;
        total.RegionIndex = -1;
        var wage = new double[rows.Length];
        var unemployment = new double[rows.Length];
        var rent = new double[rows.Length];
        var population = new long[rows.Length];
        double wageSum = 0, rentSum = 0, rentIndexSum = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            if (row.RegionIndex != i)
            {
                throw new ArgumentException($"row {i} belongs to region {row.RegionIndex}; pass rows in region order", nameof(rows));
            }

            foreach (var c in IndicatorColumns.All)
            {
                if (c.Aggregation == IndicatorAggregation.Sum)
                {
                    if (c.Kind == IndicatorKind.Int64)
                    {
                        c.Int64Accessor!(ref total) += c.Int64Accessor(ref row);
                    }
                    else
                    {
                        c.DoubleAccessor!(ref total) += c.DoubleAccessor(ref row);
                    }
                }
                else if (c.Aggregation == IndicatorAggregation.Same && c.Kind == IndicatorKind.Double)
                {
                    c.DoubleAccessor!(ref total) = c.DoubleAccessor(ref row);
                }
            }

            wage[i] = row.AvgWageKzt;
            unemployment[i] = row.UnemploymentRate;
            rent[i] = row.RentKztPerM2;
            population[i] = row.PopulationEnd;
            wageSum += row.AvgWageKzt * Math.Max(1, row.Employed);
            rentSum += row.RentKztPerM2 * Math.Max(1, row.PopulationEnd);
            rentIndexSum += row.RentIndex * Math.Max(1, row.PopulationEnd);
        }

        var employedWeight = rows.ToArray().Sum(r => (double)Math.Max(1, r.Employed));
        var populationWeight = rows.ToArray().Sum(r => (double)Math.Max(1, r.PopulationEnd));
        total.AvgWageKzt = wageSum / employedWeight;
        total.RentKztPerM2 = rentSum / populationWeight;
        total.RentIndex = rentIndexSum / populationWeight;
        total.UnemploymentRate = total.LabourForce > 0 ? (double)total.Unemployed / total.LabourForce : 0;
        return new NationalIndicators(total, wage, unemployment, rent, population);
    }
}
