using Sim.Parquet.Tests.Support;

namespace Sim.Parquet.Tests.RoundTrip;

/// <summary>Every writable type, codec, encoding and null pattern reads back exactly.</summary>
public sealed class TypeRoundTripTests
{
    public static TheoryData<ParquetType, ParquetCompression, bool> TypesCodecsEncodings()
    {
        var data = new TheoryData<ParquetType, ParquetCompression, bool>();
        foreach (var type in TestData.WritableTypes)
        {
            foreach (var codec in Enum.GetValues<ParquetCompression>())
            {
                data.Add(type, codec, true);
                data.Add(type, codec, false);
            }
        }

        return data;
    }

    public static TheoryData<ParquetType, NullPattern> TypesAndNullPatterns()
    {
        var data = new TheoryData<ParquetType, NullPattern>();
        foreach (var type in TestData.WritableTypes)
        {
            foreach (var pattern in Enum.GetValues<NullPattern>())
            {
                data.Add(type, pattern);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TypesCodecsEncodings))]
    public void Required_and_optional_columns_round_trip(ParquetType type, ParquetCompression codec, bool dictionary)
    {
        var columns = new[]
        {
            TestData.Column(new ParquetField("low", type), 3000, 1, cardinality: 5),
            TestData.Column(new ParquetField("high", type), 3000, 2),
            TestData.Column(new ParquetField("maybe", type, Nullable: true), 3000, 3, NullPattern.Random, cardinality: 50),
        };

        FileRoundTrip.AssertRoundTrip(columns, ParquetBytes.Options(codec, dictionary), batchRows: 700);
    }

    [Theory]
    [MemberData(nameof(TypesAndNullPatterns))]
    public void Null_patterns_round_trip(ParquetType type, NullPattern pattern)
    {
        var columns = new[]
        {
            TestData.Column(new ParquetField("id", ParquetType.Int32), 1000, 7),
            TestData.Column(new ParquetField("value", type, Nullable: true), 1000, 8, pattern, cardinality: 20),
        };

        FileRoundTrip.AssertRoundTrip(columns, ParquetBytes.Options(ParquetCompression.Snappy), batchRows: 333);
    }

    [Fact]
    public void Empty_file_has_schema_and_no_rows()
    {
        var schema = new ParquetSchema(new ParquetField("a", ParquetType.Int64), new ParquetField("s", ParquetType.String, true));
        var file = ParquetBytes.Write(schema, null, _ => { });
        using var reader = ParquetBytes.Open(file);
        Assert.Equal(0, reader.RowCount);
        Assert.Equal(0, reader.RowGroupCount);
        Assert.Equal(schema.Fields, reader.Schema.Fields);
        Assert.Empty(reader.ReadAll<long>("a"));
    }

    [Fact]
    public void Empty_batches_are_allowed_and_add_nothing()
    {
        var schema = new ParquetSchema(new ParquetField("a", ParquetType.Int32), new ParquetField("s", ParquetType.String));
        var file = ParquetBytes.Write(schema, null, writer =>
        {
            writer.WriteColumn<int>([]);
            writer.WriteColumn(ReadOnlySpan<string?>.Empty);
            writer.WriteColumn<int>([1, 2]);
            writer.WriteColumn(["x", "y"]);
        });
        using var reader = ParquetBytes.Open(file);
        Assert.Equal([1, 2], reader.ReadAll<int>("a"));
        Assert.Equal(new string?[] { "x", "y" }, reader.ReadAllStrings("s"));
    }

    [Fact]
    public void Timestamps_truncate_below_their_unit_towards_the_past()
    {
        var schema = new ParquetSchema(
            new ParquetField("ms", ParquetType.TimestampMillis),
            new ParquetField("us", ParquetType.TimestampMicros));
        var before1970 = new DateTime(1969, 12, 31, 23, 59, 59, DateTimeKind.Utc).AddTicks(9_999);
        var after = new DateTime(2024, 2, 29, 12, 0, 0, DateTimeKind.Utc).AddTicks(12_345);
        DateTime[] values = [before1970, after];
        var file = ParquetBytes.Write(schema, null, writer =>
        {
            writer.WriteColumn<DateTime>(values);
            writer.WriteColumn<DateTime>(values);
        });
        using var reader = ParquetBytes.Open(file);
        Assert.Equal([before1970.AddTicks(-9_999), after.AddTicks(-2_345)], reader.ReadAll<DateTime>("ms"));
        Assert.Equal([before1970.AddTicks(-9), after.AddTicks(-5)], reader.ReadAll<DateTime>("us"));
        Assert.All(reader.ReadAll<DateTime>("us"), d => Assert.Equal(DateTimeKind.Utc, d.Kind));
    }

    [Fact]
    public void Unspecified_kind_timestamps_are_taken_as_utc()
    {
        var schema = new ParquetSchema(new ParquetField("t", ParquetType.TimestampMicros));
        var value = new DateTime(2030, 1, 2, 3, 4, 5, DateTimeKind.Unspecified);
        var file = ParquetBytes.Write(schema, null, writer => writer.WriteColumn<DateTime>([value]));
        using var reader = ParquetBytes.Open(file);
        Assert.Equal(value.Ticks, reader.ReadAll<DateTime>("t")[0].Ticks);
    }
}
