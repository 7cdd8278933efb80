namespace Sim.Calibration.Fit;

/// <summary>
/// How reported dates are mapped onto monthly steps (documented in docs/fit.md):
/// <list type="bullet">
/// <item>a stock "on day D" is the stock at the start of D: with D the d-th of a month of n days, the moment
/// (step of D's month, (d − 1)/n). The first of a month is the end of the previous step, so the population on
/// 1 Jan 2023 is <c>population_end</c> of step 2022-12 (equivalently <c>population_start</c> of 2023-01);</item>
/// <item>a "late in the month" statement is the end of that month's step (fraction 1);</item>
/// <item>a monthly index (the BNS rent index of a month) is the middle of the step (fraction 0.5);</item>
/// <item>between the start and the end of a step a stock is interpolated linearly, since the model only
/// records stocks at month ends: 4 Oct is 3/31 of the way from the end of September to the end of October;</item>
/// <item>a flow of a calendar year is the sum of its twelve steps.</item>
/// </list>
/// </summary>
public static class DateMapping
{
    /// <summary>The moment of the start of day <paramref name="date"/>.</summary>
    public static Moment StartOfDay(RegionMonthTable table, DateOnly date)
    {
        var step = table.StepOf(date);
        if (step == table.MonthCount && date.Day == 1)
        {
            return new Moment(step - 1, 1);
        }

        return new Moment(step, (date.Day - 1) / (double)DateTime.DaysInMonth(date.Year, date.Month));
    }

    /// <summary>The end of the step of <paramref name="date"/>'s month (for late-month statements).</summary>
    public static Moment EndOfMonth(RegionMonthTable table, DateOnly date) => new(table.StepOf(date), 1);

    /// <summary>The middle of the step of <paramref name="date"/>'s month (for monthly indices).</summary>
    public static Moment MiddleOfMonth(RegionMonthTable table, DateOnly date) => new(table.StepOf(date), 0.5);

    /// <summary>Whether a moment lies inside the run.</summary>
    public static bool Inside(RegionMonthTable table, Moment moment) => moment.Step >= 0 && moment.Step < table.MonthCount;

    /// <summary>
    /// A stock at a moment, interpolated between the start and the end of its step.
    /// <paramref name="end"/> gives a row's end-of-month value; <paramref name="start"/> a row's start-of-month
    /// value when the output has one (else the previous step's end is used, and the first step's own end value
    /// stands for its start).
    /// </summary>
    public static double StockAt(RegionMonthTable table, Moment moment, int region,
        Func<RegionMonthRow, double> end, Func<RegionMonthRow, double>? start = null)
    {
        if (!Inside(table, moment))
        {
            throw new ArgumentOutOfRangeException(nameof(moment), moment, $"the run covers steps 0..{table.MonthCount - 1}");
        }

        var row = table.Row(moment.Step, region);
        var endValue = end(row);
        if (moment.Fraction >= 1)
        {
            return endValue;
        }

        var startValue = start is not null ? start(row)
            : moment.Step > 0 ? end(table.Row(moment.Step - 1, region))
            : endValue;
        return startValue + (moment.Fraction * (endValue - startValue));
    }

    /// <summary>Residents of a region at a moment, persons.</summary>
    public static double Population(RegionMonthTable table, Moment moment, int region) =>
        StockAt(table, moment, region, r => r.PopulationEnd * r.Weight, r => r.PopulationStart * r.Weight);

    /// <summary>
    /// Residents in the sense of the BNS de jure population (a proxy): residents less the growth, since the first
    /// step, of foreigners present without permanent residence or refugee status (transit persons, visa-free
    /// stays, permit holders, irregular stays). The start population includes the scenario's foreign stock, so
    /// only the change is removed; the stock before the first step's end stands for its start.
    /// </summary>
    public static double DeJurePopulation(RegionMonthTable table, Moment moment, int region)
    {
        var first = table.Row(0, region);
        return Population(table, moment, region)
            - StockAt(table, moment, region, r => r.TemporaryForeigners * r.Weight)
            + (first.TemporaryForeigners * first.Weight);
    }

    /// <summary>Russian citizens present in the country at a moment, persons.</summary>
    public static double RussiansPresent(RegionMonthTable table, Moment moment)
    {
        var sum = 0.0;
        for (var r = 0; r < table.RegionCount; r++)
        {
            sum += StockAt(table, moment, r, x => x.RussiansPresent * x.Weight);
        }

        return sum;
    }

    /// <summary>The rent index of a region at a moment.</summary>
    public static double RentIndex(RegionMonthTable table, Moment moment, int region) =>
        StockAt(table, moment, region, r => r.RentIndex);

    /// <summary>
    /// The national rent index at a moment: regional indices weighted by residents at the end of the step
    /// (as the model's national aggregate is).
    /// </summary>
    public static double NationalRentIndex(RegionMonthTable table, Moment moment)
    {
        double sum = 0, weight = 0;
        for (var r = 0; r < table.RegionCount; r++)
        {
            var w = Math.Max(1, table.Row(moment.Step, r).PopulationEnd);
            sum += w * RentIndex(table, moment, r);
            weight += w;
        }

        return sum / weight;
    }

    /// <summary>
    /// A national flow from the start of step <paramref name="firstStep"/> to <paramref name="until"/>, persons:
    /// whole steps before the moment's step plus its fraction of that step (flows spread evenly over a month).
    /// </summary>
    public static double FlowBetween(RegionMonthTable table, int firstStep, Moment until, Func<RegionMonthRow, double> flow)
    {
        if (firstStep < 0 || !Inside(table, until) || until.Step < firstStep)
        {
            throw new ArgumentOutOfRangeException(nameof(until), until, $"the window from step {firstStep} must lie inside the run");
        }

        var sum = 0.0;
        for (var r = 0; r < table.RegionCount; r++)
        {
            for (var s = firstStep; s <= until.Step; s++)
            {
                var row = table.Row(s, r);
                sum += flow(row) * row.Weight * (s < until.Step ? 1 : until.Fraction);
            }
        }

        return sum;
    }

    /// <summary>Whether all twelve steps of <paramref name="year"/> are in the run.</summary>
    public static bool CoversYear(RegionMonthTable table, int year) =>
        table.StepOf(new DateOnly(year, 1, 1)) >= 0 && table.StepOf(new DateOnly(year, 12, 1)) < table.MonthCount;

    /// <summary>Sum of a flow over the steps of a calendar year, persons.</summary>
    public static double YearSum(RegionMonthTable table, int year, int region, Func<RegionMonthRow, double> flow)
    {
        if (!CoversYear(table, year))
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "the run does not cover the whole year");
        }

        var first = table.StepOf(new DateOnly(year, 1, 1));
        var sum = 0.0;
        for (var s = first; s < first + 12; s++)
        {
            var row = table.Row(s, region);
            sum += flow(row) * row.Weight;
        }

        return sum;
    }
}
