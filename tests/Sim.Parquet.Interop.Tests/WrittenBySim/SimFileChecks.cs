using System.Text;
using System.Text.RegularExpressions;
using Sim.Parquet.Interop.Tests.Fixtures;
using Sim.Parquet.Interop.Tests.Infrastructure;

namespace Sim.Parquet.Interop.Tests.WrittenBySim;

/// <summary>Assertions on DuckDB's view of a file our writer produced from a <see cref="TestTable"/>.</summary>
internal static partial class SimFileChecks
{
    /// <summary>DuckDB reads back exactly the values we wrote, column by column, in order.</summary>
    public static void Values(TestTable table, DuckDbColumns data)
    {
        Assert.Equal(table.Columns.Select(c => c.Name), data.Columns.Select(c => c.Name));
        for (var c = 0; c < table.Columns.Count; c++)
        {
            ValueAssert.Column($"DuckDB reading column {table.Columns[c].Name}", table.Columns[c].Expected, data.Column(c));
        }
    }

    /// <summary>ParquetSharp (Arrow C++) reads back exactly the values we wrote, column by column, in order.</summary>
    public static void ValuesByParquetSharp(TestTable table, string path)
    {
        var data = ParquetSharpColumns.Read(path, [.. table.Columns.Select(c => c.Field)]);
        for (var c = 0; c < table.Columns.Count; c++)
        {
            ValueAssert.Column($"ParquetSharp reading column {table.Columns[c].Name}", table.Columns[c].Expected, data[c]);
        }
    }

    /// <summary>Physical, converted and logical types, repetition, and the DuckDB type they map to.</summary>
    public static void Types(TestTable table, IReadOnlyList<DuckDbColumn> duckColumns, DuckDbResult schema)
    {
        var leaves = Enumerable.Range(0, schema.RowCount).Where(r => schema.Text(r, "num_children") is null).ToArray();
        Assert.Equal(table.Columns.Count, leaves.Length);
        Assert.Equal(table.Columns.Count + 1, schema.RowCount);
        Assert.Equal(table.Columns.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), schema.Text(0, "num_children"));
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var field = table.Columns[c].Field;
            var row = leaves[c];
            var what = $"column {field.Name}";
            Assert.True(field.Name == schema.Text(row, "name"), what);
            Assert.True(ExpectedMapping.PhysicalType(field.Type) == schema.Text(row, "type"), $"{what}: physical type {schema.Text(row, "type")}");
            Assert.True((field.Nullable ? "OPTIONAL" : "REQUIRED") == schema.Text(row, "repetition_type"), $"{what}: repetition");
            var converted = schema.Text(row, "converted_type");
            var expectedConverted = ExpectedMapping.ConvertedType(field.Type);
            var plainIntegerMarker = field.Type switch { ParquetType.Int32 => "INT_32", ParquetType.Int64 => "INT_64", _ => null };
            Assert.True(
                converted == expectedConverted || (expectedConverted is null && converted == plainIntegerMarker),
                $"{what}: converted type {converted ?? "none"}, expected {expectedConverted ?? "none"}");
            AssertLogicalType(what, field.Type, schema.Text(row, "logical_type"));

            var duckType = duckColumns[c].Type;
            var expectedDuckType = ExpectedMapping.DuckDbType(field.Type);
            Assert.True(duckType == expectedDuckType, $"{what}: DuckDB type {duckType}, expected {expectedDuckType}");
        }
    }

    /// <summary>
    /// Per column chunk: row-group cuts, value counts, codec, null counts, min/max statistics as values in Parquet
    /// order, encodings for the dictionary mode, and a layout where chunks are contiguous and ordered.
    /// </summary>
    public static void Chunks(TestTable table, DuckDbResult chunks, ParquetCompression codec, DictionaryMode mode, IReadOnlyList<int> rowGroupRows)
    {
        var columns = table.Columns.Count;
        Assert.Equal(rowGroupRows.Count * columns, chunks.RowCount);
        var codecName = ExpectedMapping.CodecName(codec);
        var firstRow = 0;
        for (var rg = 0; rg < rowGroupRows.Count; rg++)
        {
            long uncompressed = 0, compressed = 0;
            for (var c = 0; c < columns; c++)
            {
                var r = (rg * columns) + c;
                var column = table.Columns[c];
                var what = $"row group {rg}, column {column.Name}";
                Assert.Equal(rg, chunks.Int64(r, "row_group_id"));
                Assert.Equal(c, chunks.Int64(r, "column_id"));
                Assert.True(rowGroupRows[rg] == chunks.Int64(r, "row_group_num_rows"), $"{what}: row group rows");
                Assert.True(rowGroupRows[rg] == chunks.Int64(r, "num_values"), $"{what}: num_values {chunks.Text(r, "num_values")}");
                Assert.True(codecName == chunks.Text(r, "compression"), $"{what}: codec {chunks.Text(r, "compression")}");
                var slice = column.Expected.Skip(firstRow).Take(rowGroupRows[rg]).ToArray();
                Statistics(what, column.Field.Type, slice, chunks, r);
                Encodings(what, column, slice, chunks.Text(r, "encodings")!, chunks.Text(r, "dictionary_page_offset"), mode);
                uncompressed += chunks.Int64(r, "total_uncompressed_size");
                compressed += chunks.Int64(r, "total_compressed_size");
            }

            Assert.True(uncompressed == chunks.Int64(rg * columns, "row_group_bytes"), $"row group {rg}: total_byte_size is not the sum of uncompressed chunk sizes");
            var totalCompressed = chunks.Text(rg * columns, "row_group_compressed_bytes");
            Assert.True(totalCompressed is null || compressed == long.Parse(totalCompressed, System.Globalization.CultureInfo.InvariantCulture), $"row group {rg}: total_compressed_size");
            firstRow += rowGroupRows[rg];
        }

        Layout(chunks);
    }

    /// <summary>
    /// Page by page (read with our own header walker): pages tile each chunk, at most one dictionary page comes
    /// first, data-page value counts add up to num_values (pyarrow stops reading at num_values), and chunks are
    /// split into several pages (the page size limit itself is checked in <see cref="PageSizeTests"/>).
    /// </summary>
    public static void Pages(string path, DuckDbResult chunks)
    {
        var file = File.ReadAllBytes(path);
        var severalPages = 0;
        for (var r = 0; r < chunks.RowCount; r++)
        {
            var what = $"row group {chunks.Text(r, "row_group_id")}, column {chunks.Text(r, "path_in_schema")}";
            var data = chunks.Int64(r, "data_page_offset");
            var dictionaryText = chunks.Text(r, "dictionary_page_offset");
            var start = dictionaryText is null ? data : long.Parse(dictionaryText, System.Globalization.CultureInfo.InvariantCulture);
            var pages = PageWalker.Walk(file, start, start + chunks.Int64(r, "total_compressed_size"));
            var dataPages = pages.Where(p => p.Type == 0).ToArray();
            Assert.True(dataPages.Length + (dictionaryText is null ? 0 : 1) == pages.Count, $"{what}: page types {string.Join(",", pages.Select(p => p.Type))}");
            Assert.True(dictionaryText is null || pages[0].Type == 2, $"{what}: the dictionary page is not first");
            Assert.True(dataPages[0].Offset == data, $"{what}: data_page_offset {data} is not the first data page ({dataPages[0].Offset})");
            Assert.True(dataPages.Sum(p => (long)p.NumValues) == chunks.Int64(r, "num_values"), $"{what}: page values {dataPages.Sum(p => (long)p.NumValues)} vs num_values {chunks.Text(r, "num_values")}");
            severalPages += dataPages.Length > 1 ? 1 : 0;
        }

        Assert.True(severalPages > 0, $"none of the {chunks.RowCount} chunks has several data pages");
    }

    public static void KeyValues(IDictionary<string, string> expected, DuckDbResult keyValues)
    {
        var actual = Enumerable.Range(0, keyValues.RowCount).ToDictionary(
            r => Encoding.UTF8.GetString((byte[])keyValues.Value(r, "key")!),
            r => Encoding.UTF8.GetString((byte[])keyValues.Value(r, "value")!));
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), actual.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    public static void FileMetadata(DuckDbResult file, string path, string createdBy, long rows, int rowGroups, int columns)
    {
        Assert.Equal(createdBy, file.Text(0, "created_by"));
        Assert.Matches(CreatedByPattern(), createdBy);
        Assert.Equal(rows, file.Int64(0, "num_rows"));
        Assert.Equal(rowGroups, file.Int64(0, "num_row_groups"));
        Assert.Equal(1, file.Int64(0, "format_version"));
        Assert.Equal(new FileInfo(path).Length, file.Int64(0, "file_size_bytes"));
        Assert.Equal(columns, file.Int64(0, "orders"));
        Assert.Equal(columns, file.Int64(0, "type_orders"));
    }

    private static void AssertLogicalType(string what, ParquetType type, string? logical)
    {
        bool ok = type switch
        {
            ParquetType.Int8 or ParquetType.Int16 or ParquetType.UInt8 or ParquetType.UInt16 or ParquetType.UInt32 or ParquetType.UInt64 =>
                logical is not null && logical.StartsWith("IntType(", StringComparison.Ordinal)
                && logical.Contains($"isSigned={(type is ParquetType.Int8 or ParquetType.Int16 ? 1 : 0)}", StringComparison.Ordinal),
            ParquetType.Int32 or ParquetType.Int64 => logical is null || (logical.StartsWith("IntType(", StringComparison.Ordinal) && logical.Contains("isSigned=1", StringComparison.Ordinal)),
            ParquetType.String => logical == "StringType()",
            ParquetType.Date => logical == "DateType()",
            ParquetType.TimestampMillis => logical is not null && logical.Contains("isAdjustedToUTC=1", StringComparison.Ordinal)
                && logical.Contains("MILLIS=MilliSeconds()", StringComparison.Ordinal),
            ParquetType.TimestampMicros => logical is not null && logical.Contains("isAdjustedToUTC=1", StringComparison.Ordinal)
                && logical.Contains("MICROS=MicroSeconds()", StringComparison.Ordinal),
            _ => logical is null,
        };
        Assert.True(ok, $"{what}: logical type {logical ?? "none"} does not fit {type}");
    }

    private static void Statistics(string what, ParquetType type, object?[] slice, DuckDbResult chunks, int r)
    {
        var (min, max, nulls) = ParquetOrder.Stats(slice);
        Assert.True(nulls.ToString(System.Globalization.CultureInfo.InvariantCulture) == chunks.Text(r, "stats_null_count"), $"{what}: null_count {chunks.Text(r, "stats_null_count") ?? "missing"}, expected {nulls}");
        var minText = chunks.Text(r, "stats_min_value");
        var maxText = chunks.Text(r, "stats_max_value");
        if (min is null || type is ParquetType.Float or ParquetType.Double)
        {
            // Writers may leave float statistics out; all-null chunks have no min/max.
            if (min is null)
            {
                Assert.True(minText is null && maxText is null, $"{what}: min/max present on a chunk without values");
                return;
            }

            if (minText is null && maxText is null)
            {
                return;
            }
        }

        Assert.True(minText is not null && maxText is not null, $"{what}: min/max statistics missing");
        var actualMin = DuckDbStatText.Parse(type, minText!);
        var actualMax = DuckDbStatText.Parse(type, maxText!);
        Assert.True(ValueAssert.SameStatistic(min, actualMin), $"{what}: min {ValueAssert.Format(actualMin)}, expected {ValueAssert.Format(min)}");
        Assert.True(ValueAssert.SameStatistic(max, actualMax), $"{what}: max {ValueAssert.Format(actualMax)}, expected {ValueAssert.Format(max)}");
    }

    private static void Encodings(string what, TestColumn column, object?[] slice, string encodings, string? dictionaryOffset, DictionaryMode mode)
    {
        var dictionary = encodings.Contains("RLE_DICTIONARY", StringComparison.Ordinal) || encodings.Contains("PLAIN_DICTIONARY", StringComparison.Ordinal);
        Assert.True(dictionary == (dictionaryOffset is not null), $"{what}: encodings {encodings} vs dictionary page offset {dictionaryOffset ?? "none"}");
        switch (mode)
        {
            case DictionaryMode.PlainOnly:
                Assert.False(dictionary, $"{what}: dictionary encoding used although UseDictionary=false ({encodings})");
                break;
            case DictionaryMode.Dictionary when column.Name.EndsWith("_enum", StringComparison.Ordinal) && slice.Any(v => v is not null):
                Assert.True(dictionary, $"{what}: a 5-value column is not dictionary-encoded ({encodings})");
                break;
        }
    }

    /// <summary>Chunks start after the magic, do not overlap, and a dictionary page comes before the data pages.</summary>
    private static void Layout(DuckDbResult chunks)
    {
        var spans = new List<(long Start, long End, string What)>();
        for (var r = 0; r < chunks.RowCount; r++)
        {
            var data = chunks.Int64(r, "data_page_offset");
            var dictionaryText = chunks.Text(r, "dictionary_page_offset");
            var start = data;
            if (dictionaryText is not null)
            {
                var dictionary = long.Parse(dictionaryText, System.Globalization.CultureInfo.InvariantCulture);
                Assert.True(dictionary < data, $"chunk {r}: dictionary page at {dictionary} is not before the data pages at {data}");
                start = dictionary;
            }

            spans.Add((start, start + chunks.Int64(r, "total_compressed_size"), $"row group {chunks.Text(r, "row_group_id")} column {chunks.Text(r, "path_in_schema")}"));
        }

        var ordered = spans.OrderBy(s => s.Start).ToArray();
        Assert.Equal(4, ordered[0].Start);
        for (var i = 1; i < ordered.Length; i++)
        {
            Assert.True(ordered[i].Start == ordered[i - 1].End, $"{ordered[i].What} starts at {ordered[i].Start}, but {ordered[i - 1].What} ends at {ordered[i - 1].End}");
        }
    }

    [GeneratedRegex(@"^sim-parquet version \d+\.\d+\.\d+ \(build [^)]+\)$")]
    private static partial Regex CreatedByPattern();
}
