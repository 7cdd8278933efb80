using System.Globalization;
using Sim.Grains.Tests.Infrastructure;

namespace Sim.Grains.Tests.Output;

/// <summary>DuckDB reads the run's Hive-style folders and checks the accounting exactly, independently of our reader.</summary>
public sealed class DuckDbInteropTests(SmallRunFixture run) : IClassFixture<SmallRunFixture>
{
    [Fact]
    public void DuckDB_finds_the_accounting_identity_and_flow_sums_exact_in_every_region_and_month()
    {
        var regionMonth = DuckDb.Literal(Path.Combine(run.Folder, "region_month", "*.parquet"));
        var flows = DuckDb.Literal(Path.Combine(run.Folder, "flows", "*.parquet"));
        var sql = $"""
            WITH rm AS (SELECT * FROM read_parquet({regionMonth})),
            f AS (SELECT * FROM read_parquet({flows})),
            outs AS (SELECT month, origin_region_code AS region_code, sum(movers) AS n FROM f GROUP BY ALL),
            ins AS (SELECT month, destination_region_code AS region_code, sum(movers) AS n FROM f GROUP BY ALL),
            nxt AS (SELECT region_code, month, population_end,
                           lead(population_start) OVER (PARTITION BY region_code ORDER BY month) AS next_start FROM rm)
            SELECT
              (SELECT count(*) FROM rm) AS rows,
              (SELECT count(DISTINCT region_code) FROM rm) AS regions,
              (SELECT count(*) FROM rm WHERE population_end <> population_start + births - deaths + arrivals - departures + moves_in - moves_out) AS identity_broken,
              (SELECT count(*) FROM nxt WHERE next_start IS NOT NULL AND next_start <> population_end) AS stock_chain_broken,
              (SELECT count(*) FROM rm LEFT JOIN outs USING (month, region_code) WHERE moves_out <> coalesce(outs.n, 0)) AS moves_out_mismatch,
              (SELECT count(*) FROM rm LEFT JOIN ins USING (month, region_code) WHERE moves_in <> coalesce(ins.n, 0)) AS moves_in_mismatch,
              (SELECT sum(moves_out)::BIGINT FROM rm) AS moves,
              (SELECT typeof(any_value(month)) FROM rm) AS month_type,
              (SELECT count(*) FROM rm WHERE day(month) <> 1) AS not_month_start
            """;
        var row = DuckDb.Query(sql).Single();
        Assert.Equal(240, Convert.ToInt64(row[0], CultureInfo.InvariantCulture));
        Assert.Equal(20, Convert.ToInt64(row[1], CultureInfo.InvariantCulture));
        Assert.Equal(0, Convert.ToInt64(row[2], CultureInfo.InvariantCulture));
        Assert.Equal(0, Convert.ToInt64(row[3], CultureInfo.InvariantCulture));
        Assert.Equal(0, Convert.ToInt64(row[4], CultureInfo.InvariantCulture));
        Assert.Equal(0, Convert.ToInt64(row[5], CultureInfo.InvariantCulture));
        Assert.True(Convert.ToInt64(row[6], CultureInfo.InvariantCulture) > 0);
        Assert.Equal("DATE", row[7]);
        Assert.Equal(0, Convert.ToInt64(row[8], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void DuckDB_sees_scenario_seed_and_mover_group_columns_all_required()
    {
        var files = DuckDb.Literal(Path.Combine(run.Folder, "*", "*.parquet"));
        var flows = DuckDb.Literal(Path.Combine(run.Folder, "flows", "*.parquet"));
        var row = DuckDb.Query($"""
            SELECT
              (SELECT count(*) FROM parquet_schema({files}) WHERE coalesce(num_children, 0) = 0 AND repetition_type <> 'REQUIRED'
                 AND (file_name LIKE '%region_month%' OR file_name LIKE '%flows%')) AS optional_columns,
              (SELECT count(*) FROM read_parquet({flows}) WHERE scenario <> 'grains-small' OR seed <> 20230101 OR mover_group IS NULL) AS bad_rows,
              (SELECT count(DISTINCT mover_group) FROM read_parquet({flows})) AS groups
            """).Single();
        Assert.Equal(0, Convert.ToInt64(row[0], CultureInfo.InvariantCulture));
        Assert.Equal(0, Convert.ToInt64(row[1], CultureInfo.InvariantCulture));
        Assert.True(Convert.ToInt64(row[2], CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public void DuckDB_sees_snappy_compression_and_dictionary_encoded_strings()
    {
        var all = DuckDb.Literal(Path.Combine(run.Folder, "**", "*.parquet"));
        var rows = DuckDb.Query($"""
            SELECT m.path_in_schema, bool_and(m.compression = 'SNAPPY') AS snappy, bool_and(m.encodings LIKE '%DICTIONARY%') AS dictionary
            FROM parquet_metadata({all}) m JOIN parquet_schema({all}) s ON s.file_name = m.file_name AND s.name = m.path_in_schema
            WHERE s.type = 'BYTE_ARRAY' AND m.num_values > 0
            GROUP BY ALL ORDER BY 1
            """);
        Assert.Contains(rows, r => (string?)r[0] == "region_code");
        foreach (var r in rows)
        {
            Assert.True((bool)r[1]!, $"column {r[0]} is not Snappy-compressed everywhere");
            Assert.True((bool)r[2]!, $"string column {r[0]} is not dictionary-encoded");
        }
    }
}
