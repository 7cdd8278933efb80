using Sim.Calibration.Fit;
using Sim.Calibration.Tests.Observed;
using Sim.Parquet;

namespace Sim.Calibration.Tests.Fit;

public sealed class RegionMonthParquetTests
{
    private static readonly string[] Values = [.. RegionMonthParquet.ValueColumns];

    [Fact]
    public void The_run_output_schema_month_date_and_region_code_reads_back_the_rows()
    {
        using var folder = new TempFolder();
        var rows = SyntheticRun.Rows().ToList();

        // One part per region, as the run writes them (part-RR.parquet), with extra columns the fit ignores.
        for (var region = 0; region < 2; region++)
        {
            var part = rows.Where(r => r.RegionIndex == region).ToList();
            var fields = new List<ParquetField> { new("month", ParquetType.Date), new("region_code", ParquetType.String), new("region_name", ParquetType.String) };
            fields.AddRange(Values.Select(v => new ParquetField(v, v is "weight" or "rent_index" ? ParquetType.Double : ParquetType.Int64)));
            Write(folder, $"part-{region:D2}.parquet", new ParquetSchema(fields), w =>
            {
                w.WriteColumn<DateOnly>(part.Select(r => new DateOnly(r.Year, r.Month, 1)).ToArray());
                w.WriteColumn(part.Select(r => (string?)SyntheticRun.Codes[r.RegionIndex]).ToArray());
                w.WriteColumn(part.Select(_ => (string?)"name").ToArray());
                WriteValues(w, part);
            });
        }

        var table = RegionMonthParquet.Read(folder.Path);
        Assert.Equal(SyntheticRun.Codes, table.RegionCodes);
        AssertSame(SyntheticRun.Table(), table);
    }

    [Fact]
    public void Integer_year_month_and_region_index_columns_read_with_the_runs_region_codes()
    {
        using var folder = new TempFolder();
        var rows = SyntheticRun.Rows().ToList();
        var fields = new List<ParquetField> { new("year", ParquetType.Int32), new("month", ParquetType.Int16), new("region_index", ParquetType.Int32) };
        fields.AddRange(Values.Select(v => new ParquetField(v, v is "weight" or "rent_index" ? ParquetType.Double : ParquetType.Int32)));
        Write(folder, "part-00.parquet", new ParquetSchema(fields), w =>
        {
            w.WriteColumn<int>(rows.Select(r => r.Year).ToArray());
            w.WriteColumn<short>(rows.Select(r => (short)r.Month).ToArray());
            w.WriteColumn<int>(rows.Select(r => r.RegionIndex).ToArray());
            WriteValues(w, rows, asInt32: true);
        });

        AssertSame(SyntheticRun.Table(), RegionMonthParquet.Read(folder.Path, SyntheticRun.Codes));
        var e = Assert.Throws<InvalidDataException>(() => RegionMonthParquet.Read(folder.Path));
        Assert.Contains("pass the run's region codes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_or_folder_is_named()
    {
        using var folder = new TempFolder();
        Write(folder, "part-00.parquet", new ParquetSchema(new ParquetField("month", ParquetType.Date), new ParquetField("region_code", ParquetType.String)), w =>
        {
            w.WriteColumn<DateOnly>([new DateOnly(2022, 1, 1)]);
            w.WriteColumn(["AAA"]);
        });
        var e = Assert.Throws<InvalidDataException>(() => RegionMonthParquet.Read(folder.Path));
        Assert.Contains("lacks column(s) weight, population_start", e.Message, StringComparison.Ordinal);
        Assert.Throws<FileNotFoundException>(() => RegionMonthParquet.Read(Path.Combine(folder.Path, "nothing")));
    }

    private static void Write(TempFolder folder, string name, ParquetSchema schema, Action<ParquetFileWriter> write)
    {
        var dir = Path.Combine(folder.Path, "region_month");
        Directory.CreateDirectory(dir);
        using var stream = File.Create(Path.Combine(dir, name));
        using var writer = new ParquetFileWriter(stream, schema);
        write(writer);
        writer.Complete();
    }

    private static void WriteValues(ParquetFileWriter w, List<RegionMonthRow> rows, bool asInt32 = false)
    {
        Func<RegionMonthRow, long>[] counts =
        [
            r => r.PopulationStart, r => r.PopulationEnd, r => r.Births, r => r.Deaths, r => r.MovesIn, r => r.MovesOut, r => r.RussiansPresent,
        ];
        Func<RegionMonthRow, long>[] tail = [r => r.Foreigners, r => r.PermanentResidents, r => r.Refugees, r => r.ArrivalsRussians, r => r.DeparturesRussians];
        w.WriteColumn<double>(rows.Select(r => r.Weight).ToArray());
        foreach (var c in counts)
        {
            Long(w, rows.Select(c), asInt32);
        }

        w.WriteColumn<double>(rows.Select(r => r.RentIndex).ToArray());
        foreach (var c in tail)
        {
            Long(w, rows.Select(c), asInt32);
        }
    }

    private static void Long(ParquetFileWriter w, IEnumerable<long> values, bool asInt32)
    {
        if (asInt32)
        {
            w.WriteColumn<int>(values.Select(v => (int)v).ToArray());
        }
        else
        {
            w.WriteColumn<long>(values.ToArray());
        }
    }

    private static void AssertSame(RegionMonthTable expected, RegionMonthTable actual)
    {
        Assert.Equal(expected.MonthCount, actual.MonthCount);
        Assert.Equal(expected.FirstMonth, actual.FirstMonth);
        for (var s = 0; s < expected.MonthCount; s++)
        {
            for (var r = 0; r < expected.RegionCount; r++)
            {
                Assert.Equal(expected.Row(s, r), actual.Row(s, r));
            }
        }
    }
}
