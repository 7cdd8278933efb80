using System.Text.Json;
using Sim.Output.Dictionary;
using Sim.Grains.Tests.Infrastructure;
using Sim.Parquet;

namespace Sim.Grains.Tests.Output;

/// <summary>The files of a run, read back with our reader: layout, manifest, schema, dictionary, accounting.</summary>
public sealed class RunOutputsTests(SmallRunFixture run) : IClassFixture<SmallRunFixture>
{
    [Fact]
    public void The_manifest_lists_every_parquet_file_with_its_row_count()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(run.Folder, "manifest.json")));
        var root = manifest.RootElement;
        Assert.Equal("grains-small", root.GetProperty("scenario").GetProperty("name").GetString());
        Assert.Equal(File.ReadAllText(Path.Combine(run.Folder, "scenario.resolved.yaml")), root.GetProperty("scenario").GetProperty("resolved").GetString());
        Assert.Equal(0.0005, root.GetProperty("scale").GetDouble());
        Assert.Equal(12, root.GetProperty("months").GetInt32());
        Assert.True(root.GetProperty("timings").GetProperty("total_s").GetDouble() > 0);

        var listed = root.GetProperty("files").EnumerateArray()
            .ToDictionary(f => f.GetProperty("path").GetString()!, f => f.GetProperty("rows").GetInt64());
        var onDisk = Directory.GetFiles(run.Folder, "*.parquet", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(run.Folder, p).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(onDisk, listed.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(20 * 4, onDisk.Count); // region_month, flows, persons/year=2023, events: one part per region each
        foreach (var (path, rows) in listed)
        {
            using var reader = ParquetFileReader.Open(Path.Combine(run.Folder, path));
            Assert.Equal(rows, reader.RowCount);
        }
    }

    [Fact]
    public void Region_month_and_flows_carry_scenario_and_seed_and_have_no_nullable_column()
    {
        Assert.Contains(OutputTables.Flows.Columns, c => c.Name == "mover_group");
        Assert.DoesNotContain(OutputTables.Flows.Columns, c => c.Name == "group");
        foreach (var table in new[] { OutputTables.RegionMonth, OutputTables.Flows })
        {
            Assert.Equal(["scenario", "seed", "month"], table.Columns.Take(3).Select(c => c.Name));
            long rows = 0;
            foreach (var file in Directory.GetFiles(Path.Combine(run.Folder, table.Name), "*.parquet"))
            {
                using var reader = ParquetFileReader.Open(file);
                Assert.All(reader.Schema.Fields, f => Assert.False(f.Nullable, $"{table.Name}.{f.Name} is OPTIONAL"));
                Assert.All(reader.ReadAllStrings("scenario"), s => Assert.Equal("grains-small", s));
                Assert.All(reader.ReadAll<long>("seed"), s => Assert.Equal(20230101L, s));
                rows += reader.RowCount;
            }

            Assert.True(rows > 0, table.Name);
        }
    }

    [Fact]
    public void Every_file_has_its_tables_schema_and_data_dictionary_in_the_metadata()
    {
        foreach (var table in OutputTables.All)
        {
            var files = Directory.GetFiles(Path.Combine(run.Folder, table.Name), "*.parquet", SearchOption.AllDirectories);
            Assert.NotEmpty(files);
            foreach (var file in files)
            {
                using var reader = ParquetFileReader.Open(file);
                Assert.Equal(table.Columns.Select(c => (c.Name, c.Type, c.Nullable)), reader.Schema.Fields.Select(f => (f.Name, f.Type, f.Nullable)));
                Assert.Equal(table.Name, reader.KeyValueMetadata[DataDictionary.TableKey]);
                using var dictionary = JsonDocument.Parse(reader.KeyValueMetadata[DataDictionary.MetadataKey]);
                var columns = dictionary.RootElement.GetProperty("columns").EnumerateArray().ToList();
                Assert.Equal(table.Columns.Select(c => c.Name), columns.Select(c => c.GetProperty("name").GetString()));
                Assert.All(columns, c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("unit").GetString())));
                Assert.All(columns, c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("description").GetString())));
                Assert.Equal("grains-small", reader.KeyValueMetadata["sim.scenario"]);
            }
        }
    }

    [Fact]
    public void Region_month_satisfies_the_accounting_identity_and_flows_add_up_to_moves()
    {
        var rows = new Dictionary<(DateOnly Month, string Region), (long Start, long End, long In, long Out, long Net)>();
        foreach (var file in Directory.GetFiles(Path.Combine(run.Folder, "region_month"), "*.parquet"))
        {
            using var r = ParquetFileReader.Open(file);
            var month = r.ReadAll<DateOnly>("month");
            var code = r.ReadAllStrings("region_code");
            var start = r.ReadAll<long>("population_start");
            var end = r.ReadAll<long>("population_end");
            var births = r.ReadAll<long>("births");
            var deaths = r.ReadAll<long>("deaths");
            var arrivals = r.ReadAll<long>("arrivals");
            var departures = r.ReadAll<long>("departures");
            var movesIn = r.ReadAll<long>("moves_in");
            var movesOut = r.ReadAll<long>("moves_out");
            for (var i = 0; i < month.Length; i++)
            {
                Assert.Equal(1, month[i].Day);
                Assert.Equal(end[i], start[i] + births[i] - deaths[i] + arrivals[i] - departures[i] + movesIn[i] - movesOut[i]);
                if (i > 0)
                {
                    Assert.Equal(end[i - 1], start[i]);
                }

                rows[(month[i], code[i]!)] = (start[i], end[i], movesIn[i], movesOut[i], 0);
            }
        }

        Assert.Equal(20 * 12, rows.Count);
        var flowIn = new Dictionary<(DateOnly, string), long>();
        var flowOut = new Dictionary<(DateOnly, string), long>();
        foreach (var file in Directory.GetFiles(Path.Combine(run.Folder, "flows"), "*.parquet"))
        {
            using var r = ParquetFileReader.Open(file);
            if (r.RowCount == 0)
            {
                continue;
            }

            var month = r.ReadAll<DateOnly>("month");
            var origin = r.ReadAllStrings("origin_region_code");
            var destination = r.ReadAllStrings("destination_region_code");
            var movers = r.ReadAll<long>("movers");
            for (var i = 0; i < month.Length; i++)
            {
                Assert.NotEqual(origin[i], destination[i]);
                flowOut[(month[i], origin[i]!)] = flowOut.GetValueOrDefault((month[i], origin[i]!)) + movers[i];
                flowIn[(month[i], destination[i]!)] = flowIn.GetValueOrDefault((month[i], destination[i]!)) + movers[i];
            }
        }

        Assert.True(rows.Values.Sum(v => v.Out) > 0, "the small run has internal moves");
        foreach (var ((month, region), v) in rows)
        {
            Assert.Equal(v.Out, flowOut.GetValueOrDefault((month, region)));
            Assert.Equal(v.In, flowIn.GetValueOrDefault((month, region)));
        }
    }

    [Fact]
    public void The_snapshot_holds_the_residents_at_the_end_of_december()
    {
        long snapshotRows = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(run.Folder, "persons", "year=2023"), "*.parquet"))
        {
            using var r = ParquetFileReader.Open(file);
            snapshotRows += r.RowCount;
            Assert.All(r.ReadAll<DateOnly>("snapshot_month"), m => Assert.Equal(new DateOnly(2023, 12, 1), m));
            _ = r.ReadColumn<DateOnly>(0, r.Schema.IndexOf("status_expiry_month"), out var present);
            Assert.NotNull(present);
        }

        Assert.Equal(run.Result.EndRows.Sum(r => r.PopulationEnd), snapshotRows);
    }
}
