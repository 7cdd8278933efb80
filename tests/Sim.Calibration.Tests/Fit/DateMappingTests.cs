using Sim.Calibration.Fit;

namespace Sim.Calibration.Tests.Fit;

public sealed class DateMappingTests
{
    private readonly RegionMonthTable _table = SyntheticRun.Table();

    [Fact]
    public void The_first_of_a_month_is_the_end_of_the_previous_step()
    {
        var moment = DateMapping.StartOfDay(_table, new DateOnly(2023, 1, 1));
        Assert.Equal(new Moment(12, 0), moment);
        Assert.Equal(1120, DateMapping.Population(_table, moment, 0)); // population_start of 2023-01 = end of 2022-12
        Assert.Equal(1120, DateMapping.Population(_table, new Moment(11, 1), 0));
    }

    [Fact]
    public void The_day_after_the_run_is_the_end_of_its_last_step()
    {
        var short12 = SyntheticRun.Table(12);
        Assert.Equal(new Moment(11, 1), DateMapping.StartOfDay(short12, new DateOnly(2023, 1, 1)));
        Assert.True(short12.Covers(new DateOnly(2023, 1, 1)));
        Assert.False(short12.Covers(new DateOnly(2023, 1, 2)));
    }

    [Fact]
    public void A_day_inside_a_month_interpolates_linearly_between_the_steps_start_and_end()
    {
        // 4 Oct 2022: step 9 (October), 3 of its 31 days gone.
        var moment = DateMapping.StartOfDay(_table, new DateOnly(2022, 10, 4));
        Assert.Equal(9, moment.Step);
        Assert.Equal(3.0 / 31, moment.Fraction, 12);

        // AAA: start 1090, end 1100 -> 1090 + 10 * 3/31.
        Assert.Equal(1090 + (30.0 / 31), DateMapping.Population(_table, moment, 0), 9);

        // Russians present have no start column: the previous step's end (110) to this step's end (160).
        Assert.Equal(110 + (50 * 3.0 / 31), DateMapping.RussiansPresent(_table, moment), 9);
    }

    [Fact]
    public void Late_month_statements_and_monthly_indices_map_to_the_end_and_the_middle_of_the_step()
    {
        Assert.Equal(new Moment(10, 1), DateMapping.EndOfMonth(_table, new DateOnly(2022, 11, 30)));
        var middle = DateMapping.MiddleOfMonth(_table, new DateOnly(2022, 11, 1));
        Assert.Equal(new Moment(10, 0.5), middle);
        Assert.Equal(1.35, DateMapping.RentIndex(_table, middle, 0), 12); // halfway from 1.2 to 1.5
    }

    [Fact]
    public void The_first_steps_start_of_an_end_of_month_column_is_its_own_end_value()
    {
        Assert.Equal(10, DateMapping.RussiansPresent(_table, new Moment(0, 0.5)));
    }

    [Fact]
    public void Year_sums_add_twelve_steps_times_the_weight_and_need_the_whole_year()
    {
        Assert.Equal(36, DateMapping.YearSum(_table, 2022, 0, r => r.Births));
        Assert.Equal(-24, DateMapping.YearSum(_table, 2022, 1, r => r.MovesIn - r.MovesOut));
        Assert.True(DateMapping.CoversYear(_table, 2022));
        Assert.False(DateMapping.CoversYear(_table, 2023));
        Assert.Throws<ArgumentOutOfRangeException>(() => DateMapping.YearSum(_table, 2023, 0, r => r.Births));
    }

    [Fact]
    public void Flows_between_a_step_and_a_moment_prorate_the_last_step()
    {
        // From the start of September (step 8) to 4 Oct: 200 + 62 * 3/31 = 206.
        Assert.Equal(206, DateMapping.FlowBetween(_table, 8, DateMapping.StartOfDay(_table, new DateOnly(2022, 10, 4)), r => r.ArrivalsRussians), 9);
        Assert.Equal(191, DateMapping.FlowBetween(_table, 8, new Moment(10, 1), r => r.DeparturesRussians), 9);
    }

    [Fact]
    public void National_rent_weights_regions_by_residents_at_the_end_of_the_step()
    {
        // Step 10: AAA index 1.5 with 1110 residents, BBB 1 with 1945.
        var expected = ((1.5 * 1110) + (1 * 1945)) / (1110 + 1945);
        Assert.Equal(expected, DateMapping.NationalRentIndex(_table, new Moment(10, 1)), 12);
    }

    [Fact]
    public void De_jure_population_removes_the_growth_of_temporary_foreigners()
    {
        // AAA temporary foreigners: russians + 5 - 3 - 1 = russians + 1: 11 in step 0, 131 at the end of November.
        Assert.Equal(1110 - 131 + 11, DateMapping.DeJurePopulation(_table, new Moment(10, 1), 0));
    }
}
