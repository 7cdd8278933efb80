using Sim.Parquet.Interop.Tests.Infrastructure;

namespace Sim.Parquet.Interop.Tests.Harness;

/// <summary>The DuckDB harness must hand values over without loss, or every comparison built on it is moot.</summary>
public sealed class DuckDbHarnessTests
{
    [Fact]
    public void Runs_the_pinned_DuckDB_version()
    {
        var version = (string?)DuckDb.Shared.QueryOne("SELECT version()").Scalar();
        Assert.StartsWith("v1.5.", version, StringComparison.Ordinal);
    }

    /// <summary>Every value comparison reads files through <see cref="DuckDbColumns"/>: each type must come back exactly.</summary>
    [Fact]
    public void Reads_every_scalar_type_of_a_file_exactly()
    {
        using var dir = new TempFolder("harness");
        var path = dir.Combine("scalars.parquet");
        DuckDb.Shared.Query($"""
            COPY (SELECT true AS b, (-128)::TINYINT AS i8, (-32768)::SMALLINT AS i16, (-2147483648)::INTEGER AS i32,
                   (-9223372036854775808)::BIGINT AS i64, 255::UTINYINT AS u8, 65535::USMALLINT AS u16,
                   4294967295::UINTEGER AS u32, 18446744073709551615::UBIGINT AS u64,
                   'NaN'::FLOAT AS fnan, 0.1::FLOAT AS f, '-0.0'::DOUBLE AS dneg0, 0.1::DOUBLE AS d,
                   'héllo, ✓'::VARCHAR AS s, '\x00\xFFa,'::BLOB AS bl, DATE '0001-01-01' AS dmin, DATE '1969-12-31' AS d1,
                   TIMESTAMP '1969-12-31 23:59:59.999999' AS ts, TIMESTAMP_MS '2020-01-02 03:04:05.678' AS tsms,
                   TIMESTAMP_NS '1969-12-31 23:59:59.999999999' AS tsns, TIMESTAMP '-5000-01-01 00:00:00' AS tsold,
                   NULL::BIGINT AS n) TO {Sql.Literal(path)} (FORMAT parquet)
            """);
        var data = DuckDbColumns.ReadParquet(path);
        object? Value(string name) => data.Column(data.Columns.Select(c => c.Name).ToList().IndexOf(name))[0];

        Assert.Equal(1, data.RowCount);
        Assert.Equal(true, Value("b"));
        Assert.Equal(sbyte.MinValue, Value("i8"));
        Assert.Equal(short.MinValue, Value("i16"));
        Assert.Equal(int.MinValue, Value("i32"));
        Assert.Equal(long.MinValue, Value("i64"));
        Assert.Equal(byte.MaxValue, Value("u8"));
        Assert.Equal(ushort.MaxValue, Value("u16"));
        Assert.Equal(uint.MaxValue, Value("u32"));
        Assert.Equal(ulong.MaxValue, Value("u64"));
        Assert.True(float.IsNaN((float)Value("fnan")!));
        Assert.Equal(0.1f, Value("f"));
        Assert.True(double.IsNegative((double)Value("dneg0")!));
        Assert.Equal(0.1, Value("d"));
        Assert.Equal("héllo, ✓", Value("s"));
        Assert.Equal(new byte[] { 0x00, 0xFF, 0x61, 0x2C }, Value("bl"));
        Assert.Equal(DateOnly.MinValue, Value("dmin"));
        Assert.Equal(new DateOnly(1969, 12, 31), Value("d1"));
        Assert.Equal(new DateTime(1969, 12, 31, 23, 59, 59, DateTimeKind.Utc).AddTicks(9_999_990), Value("ts"));
        Assert.Equal(new DateTime(2020, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc), Value("tsms"));
        // 999,999,999 ns floors to 9,999,999 ticks (ticks are 100 ns).
        Assert.Equal(new DateTime(1969, 12, 31, 23, 59, 59, DateTimeKind.Utc).AddTicks(9_999_999), Value("tsns"));
        Assert.Equal(DateTime.MinValue, Value("tsold"));
        Assert.Null(Value("n"));
    }

    [Fact]
    public void Results_hold_blobs_as_bytes_and_timestamps_as_UTC()
    {
        var result = DuckDb.Shared.QueryOne("SELECT '\\x00\\xFF'::BLOB AS bl, TIMESTAMP '2020-01-02 03:04:05' AS ts, 7::BIGINT AS n, NULL::VARCHAR AS s");
        Assert.Equal(new byte[] { 0x00, 0xFF }, result.Value(0, "bl"));
        Assert.Equal(new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc), result.Value(0, "ts"));
        Assert.Equal(DateTimeKind.Utc, ((DateTime)result.Value(0, "ts")!).Kind);
        Assert.Equal(7, result.Int64(0, "n"));
        Assert.Equal("7", result.Text(0, "n"));
        Assert.Null(result.Text(0, "s"));
    }

    [Fact]
    public void A_failing_statement_throws_with_DuckDB_message_and_the_session_survives()
    {
        var error = Assert.Throws<DuckDbException>(() => DuckDb.Shared.Query("SELECT 1", "SELECT no_such_column"));
        Assert.Contains("no_such_column", error.Message, StringComparison.Ordinal);
        var outcomes = DuckDb.Shared.TryQuery("SELECT no_such_column", "SELECT 41 + 1");
        Assert.NotNull(outcomes[0].Error);
        Assert.Equal(42, outcomes[1].Result!.Scalar());
    }

    [Fact]
    public void Several_statements_in_one_string_return_the_last_result()
    {
        var results = DuckDb.Shared.Query(
            "CREATE TEMP TABLE harness_t AS SELECT range::INTEGER AS x FROM range(5); SELECT sum(x)::BIGINT FROM harness_t",
            "SELECT count(*) FROM harness_t; DROP TABLE harness_t");
        Assert.Equal(10L, results[0].Scalar());
    }
}
