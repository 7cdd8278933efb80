using Sim.Output.Dictionary;
using Sim.Grains.Tests.Infrastructure;
using Sim.Model.Engine;
using Sim.Parquet;

namespace Sim.Grains.Tests.Runs;

/// <summary>The grain-hosted run must give exactly what the model's own sequential driver gives.</summary>
public sealed class GrainRunMatchesSequentialDriverTests
{
    [Fact]
    public async Task Every_row_flow_and_person_equals_the_sequential_driver_on_three_silos()
    {
        using var folder = new TempFolder("equal");
        var spec = SmallRun.Spec("equal", folder.Path);
        var grains = await SmallRun.OnGrainsAsync(spec, silos: 3);
        var (driver, months) = SmallRun.Sequential(spec);

        Assert.Equal(months.Count, grains.Months.Count);
        for (var m = 0; m < months.Count; m++)
        {
            Assert.Equal(months[m].Month.Index, grains.Months[m].MonthIndex);
            for (var r = 0; r < months[m].Regions.Count; r++)
            {
                AssertRowsEqual(months[m].Regions[r], grains.Months[m].Rows[r]);
            }
        }

        // Flows: the grains' Parquet parts, read back, hold exactly the driver's flow rows.
        var expectedFlows = months.SelectMany(o => o.Flows.Select(f => (o.Month, f))).ToList();
        var actualFlows = ReadFlows(folder.Path, driver.Context);
        Assert.NotEmpty(expectedFlows);
        Assert.Equal(expectedFlows.Count, actualFlows.Count);
        Assert.Equal(
            expectedFlows.Select(x => (x.Month.Index, x.f.OriginRegion, x.f.DestinationRegion, (int)x.f.Group, (long)x.f.Count)).Order(),
            actualFlows.Order());

        // Persons: the December snapshot of each region is the driver's person table, row for row.
        for (var r = 0; r < driver.Regions.Count; r++)
        {
            var people = driver.Regions[r].People;
            using var reader = ParquetFileReader.Open(Path.Combine(folder.Path, "persons", "year=2023", $"part-{r:D2}.parquet"));
            Assert.Equal(people.Id.ToArray(), reader.ReadAll<long>("person_id"));
            Assert.Equal(people.Status.ToArray().Select(s => CategoryNames.LegalStatus[s]), reader.ReadAllStrings("legal_status"));
            Assert.Equal(people.Activity.ToArray().Select(s => CategoryNames.Activity[s]), reader.ReadAllStrings("activity"));
            Assert.Equal(people.Citizenship.ToArray().Select(s => CategoryNames.Citizenship[s]), reader.ReadAllStrings("citizenship"));
        }
    }

    private static List<(int Month, int Origin, int Destination, int Group, long Movers)> ReadFlows(string root, ModelContext context)
    {
        var result = new List<(int, int, int, int, long)>();
        foreach (var file in Directory.GetFiles(Path.Combine(root, "flows"), "*.parquet"))
        {
            using var reader = ParquetFileReader.Open(file);
            var months = reader.ReadAll<DateOnly>("month");
            var origins = reader.ReadAllStrings("origin_region_code");
            var destinations = reader.ReadAllStrings("destination_region_code");
            var groups = reader.ReadAllStrings("mover_group");
            var movers = reader.ReadAll<long>("movers");
            for (var i = 0; i < months.Length; i++)
            {
                result.Add((new Sim.Model.YearMonth(months[i].Year, months[i].Month).Index, context.RegionIndex(origins[i]!),
                    context.RegionIndex(destinations[i]!), CategoryNames.FlowGroup.ToList().IndexOf(groups[i]!), movers[i]));
            }
        }

        return result;
    }

    private static void AssertRowsEqual(RegionMonthIndicators expected, RegionMonthIndicators actual)
    {
        foreach (var column in IndicatorColumns.All)
        {
            var e = column.GetDouble(expected);
            var a = column.GetDouble(actual);
            Assert.True(e.Equals(a), $"region {expected.RegionIndex} {expected.Year}-{expected.Month}: {column.Name} expected {e:R}, got {a:R}");
        }
    }
}
