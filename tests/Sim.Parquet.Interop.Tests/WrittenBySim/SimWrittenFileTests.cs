using Sim.Parquet.Interop.Tests.Fixtures;
using Sim.Parquet.Interop.Tests.Infrastructure;

namespace Sim.Parquet.Interop.Tests.WrittenBySim;

/// <summary>
/// Files written by Sim.Parquet, read by DuckDB: every writable type with every null pattern, for each codec
/// and dictionary mode, with several row groups (cut inside write batches) and several pages per chunk.
/// DuckDB and ParquetSharp must read every value back, and DuckDB's view of the metadata must match what we
/// meant to write.
/// </summary>
public sealed class SimWrittenFileTests
{
    private const int Rows = 2_500;
    private const int RowGroupRows = 1_000;
    private const int BatchRows = 700;

    public static TheoryData<ParquetCompression, DictionaryMode> Cases()
    {
        var data = new TheoryData<ParquetCompression, DictionaryMode>();
        foreach (var codec in Enum.GetValues<ParquetCompression>())
        {
            foreach (var mode in Enum.GetValues<DictionaryMode>())
            {
                data.Add(codec, mode);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void DuckDB_and_ParquetSharp_read_every_value_and_DuckDB_every_type_statistic_and_metadata_we_wrote(ParquetCompression codec, DictionaryMode mode)
    {
        using var dir = new TempFolder("sim-written");
        var path = dir.Combine($"{codec}-{mode}.parquet");
        var table = TestTable.AllTypes(Rows, seed: 1_000 + (10 * (int)codec) + (int)mode);
        var options = Options(codec, mode);
        table.Write(path, options, BatchRows);

        var duck = SimFileQueries.Run(path);

        int[] rowGroups = [RowGroupRows, RowGroupRows, Rows - (2 * RowGroupRows)];
        SimFileChecks.Values(table, duck.Data);
        SimFileChecks.ValuesByParquetSharp(table, path);
        SimFileChecks.Types(table, duck.Data.Columns, duck.Schema);
        SimFileChecks.Chunks(table, duck.Chunks, codec, mode, rowGroups);
        SimFileChecks.Pages(path, duck.Chunks);
        SimFileChecks.KeyValues(options.KeyValueMetadata, duck.KeyValues);
        SimFileChecks.FileMetadata(duck.File, path, options.CreatedBy, Rows, rowGroups.Length, table.Columns.Count);
    }

    internal static ParquetWriterOptions Options(ParquetCompression codec, DictionaryMode mode)
    {
        var options = new ParquetWriterOptions
        {
            Compression = codec,
            RowGroupMaxRows = RowGroupRows,
            PageMaxBytes = 1_024,
            UseDictionary = mode != DictionaryMode.PlainOnly,
        };
        if (mode == DictionaryMode.TinyDictionaryFallsBackToPlain)
        {
            options.DictionaryMaxBytes = 64;
        }

        options.KeyValueMetadata["sim.data_dictionary"] = """{"person_id":"unique id","age":"years, ≥ 0"}""";
        options.KeyValueMetadata["sim.scenario"] = "interop ✓ — ünïcödé";
        options.KeyValueMetadata["empty"] = string.Empty;
        return options;
    }
}
