using Sim.Calibration.Observed;

namespace Sim.Calibration.Tests.Observed;

public sealed class ObservedDataLoaderTests
{
    [Fact]
    public void A_valid_folder_loads_every_file()
    {
        using var folder = ObservedFiles.Create();
        var data = ObservedDataLoader.Load(folder.Path);
        Assert.Equal(4, data.Population.Count);
        Assert.Equal(new PopulationObservation("BBB", new DateOnly(2023, 1, 1), 1950, "test"), data.Population[3]);
        Assert.Equal(new VitalEventsObservation(2022, 60, 20, "test"), data.VitalEvents.Single());
        Assert.Equal(50, data.InternalMigration[0].NetMigration);
        Assert.Null(data.InternalMigration[1].NetMigration);
        Assert.Equal(-1, data.InternalMigration[1].Sign);
        Assert.Equal("test, sign only", data.InternalMigration[1].Source);
        Assert.Equal(new InternalMovesObservation(2022, 100, 140, "test"), data.InternalMoves.Single());
        Assert.Equal(120, data.InternalMoves[0].Middle);
        Assert.Equal(RussianMeasure.Remaining, data.Russians[2].Measure);
        Assert.True(data.Russians[2].LateMonth);
        Assert.True(data.Rents[1].MonthIndex);
        Assert.Equal(31.8, data.Rents[1].ChangePercent);
    }

    [Fact]
    public void The_projects_observed_folder_loads_and_matches_the_national_totals()
    {
        var data = ObservedDataLoader.Load(RepositoryPaths.Combine("scenarios", "observed"));
        Assert.Equal(19_503_159, data.Population.Where(p => p.Date == new DateOnly(2022, 1, 1)).Sum(p => p.Persons));
        Assert.Equal(19_766_807, data.Population.Where(p => p.Date == new DateOnly(2023, 1, 1)).Sum(p => p.Persons));
        Assert.Equal(403_893, data.VitalEvents.Single(v => v.Year == 2022).Births);
        Assert.Equal(133_523, data.VitalEvents.Single(v => v.Year == 2022).Deaths);
        Assert.Equal(20, data.InternalMigration.Count);
        Assert.Equal(4, data.InternalMigration.Count(m => m.Sign > 0));
        Assert.Equal(35_302, data.InternalMigration.Single(m => m.Region == "ALA").NetMigration);
        Assert.Equal(100_000, data.Russians.Single(r => r.Measure == RussianMeasure.Remaining).Persons);
        Assert.Equal(28, data.Rents.Single(r => r.Region == "AST").ChangePercent);
        Assert.Equal(375_000, data.InternalMoves.Single(m => m.Year == 2022).Middle);
        Assert.All(data.Population, p => Assert.False(string.IsNullOrWhiteSpace(p.Source)));
    }

    [Theory]
    [InlineData("population.csv", "region,date,population,source\nAAA,2022-01-01,1000,x\nBBB,2022-01-01,abc,x", 3, "population", "'abc' is not a whole number")]
    [InlineData("population.csv", "region,date,population,source\nAAA,2022-13-01,1000,x", 2, "date", "'2022-13-01' is not a date")]
    [InlineData("population.csv", "region,date,population,source\nAAA,2022-01-01,1000,x\nAAA,2022-01-01,1000,x", 3, "region", "listed twice")]
    [InlineData("population.csv", "region,date,population,source\nAAA,2022-01-01,-5,x", 2, "population", "out of range")]
    [InlineData("population.csv", "region,date,population,source\nAlmaty,2022-01-01,5,x", 2, "region", "not a region code")]
    [InlineData("vital_events.csv", "year,births,source\n2022,60,x", 1, null, "lacks column(s) 'deaths'")]
    [InlineData("vital_events.csv", "year,births,deaths,source\n2022,60,20", 2, null, "expected 4 fields as in the header but found 3")]
    [InlineData("internal_migration.csv", "region,year,net_migration,sign,source\nAAA,2022,50,-,x", 2, "sign", "contradicts net_migration 50")]
    [InlineData("internal_migration.csv", "region,year,net_migration,sign,source\nAAA,2022,,?,x", 2, "sign", "'?' is not allowed (allowed: +, -)")]
    [InlineData("internal_moves.csv", "year,low,high,source\n2022,400,300,x", 2, "high", "300 is below low 400")]
    [InlineData("russians.csv", "date,date_precision,measure,persons,source\n2022-10-04,day,stayed,5,x", 2, "measure", "'stayed' is not allowed")]
    [InlineData("russians.csv", "date,date_precision,measure,persons,source\n2022-09-01,day,remaining,5,x", 2, "date", "before the mobilisation announcement")]
    [InlineData("russians.csv", "date,date_precision,measure,persons,source\n2022-11-25,late-month,remaining,5,x", 2, "date", "last day of its month")]
    [InlineData("rents.csv", "region,date,date_precision,base_date,change_pct,source\nAAA,2022-09-01,day,2022-11-03,28,x", 2, "base_date", "is not before date")]
    [InlineData("rents.csv", "region,date,date_precision,base_date,change_pct,source\nAAA,2022-11-03,day,2022-09-01,\"28,5\",x", 2, "change_pct", "'28,5' is not a number")]
    [InlineData("rents.csv", "region,date,date_precision,base_date,change_pct,source\nAAA,2022-11-03,day,2022-09-01,\"28,x", 2, null, "opens a quote that is not closed")]
    [InlineData("rents.csv", "# comment\n\nregion,date,date_precision,base_date,change_pct,source\nAAA,2022-11-03,day,2022-09-01,,x", 4, "change_pct", "is empty")]
    public void A_bad_line_is_reported_with_file_line_and_column(string file, string text, int line, string? column, string problem)
    {
        using var folder = ObservedFiles.Create(file, text);
        var e = Assert.Throws<ObservedDataException>(() => ObservedDataLoader.Load(folder.Path));
        Assert.Equal(Path.Combine(folder.Path, file), e.File);
        Assert.Equal(line, e.Line);
        Assert.Equal(column, e.Column);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{Path.Combine(folder.Path, file)}:{line}: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        using var folder = ObservedFiles.Create("rents.csv", null);
        var e = Assert.Throws<ObservedDataException>(() => ObservedDataLoader.Load(folder.Path));
        Assert.Equal(Path.Combine(folder.Path, "rents.csv"), e.File);
        Assert.Contains("file not found", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_asks_for_a_header()
    {
        using var folder = ObservedFiles.Create("vital_events.csv", string.Empty);
        var e = Assert.Throws<ObservedDataException>(() => ObservedDataLoader.Load(folder.Path));
        Assert.Contains("the file is empty", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_is_named()
    {
        var e = Assert.Throws<ObservedDataException>(() => ObservedDataLoader.Load("/nonexistent/observed"));
        Assert.Contains("/nonexistent/observed", e.Message, StringComparison.Ordinal);
    }
}
