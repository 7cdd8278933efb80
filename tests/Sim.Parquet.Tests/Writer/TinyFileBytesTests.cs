using Sim.Parquet.Tests.Support;

namespace Sim.Parquet.Tests.Writer;

/// <summary>A whole small file compared with bytes worked out by hand from the format specification.</summary>
public sealed class TinyFileBytesTests
{
    [Fact]
    public void One_required_int32_column_of_three_rows_matches_the_hand_encoded_file()
    {
        var schema = new ParquetSchema(new ParquetField("a", ParquetType.Int32));
        var options = new ParquetWriterOptions { Compression = ParquetCompression.None, UseDictionary = false, CreatedBy = "test" };
        var file = ParquetBytes.Write(schema, options, writer => writer.WriteColumn<int>([1, 2, 3]));

        byte[] pageHeader =
        [
            0x15, 0x00,             // 1: type DATA_PAGE
            0x15, 0x18,             // 2: uncompressed_page_size 12
            0x15, 0x18,             // 3: compressed_page_size 12
            0x2C,                   // 5: data_page_header
            0x15, 0x06,             //    1: num_values 3
            0x15, 0x00,             //    2: encoding PLAIN
            0x15, 0x06,             //    3: definition_level_encoding RLE
            0x15, 0x06,             //    4: repetition_level_encoding RLE
            0x00, 0x00,
        ];
        byte[] values = [1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0];
        byte[] footer =
        [
            0x15, 0x02,                                     // 1: version 1
            0x19, 0x2C,                                     // 2: schema, 2 structs
            0x48, 0x06, .. "schema"u8, 0x15, 0x02, 0x00,    //    root: name, num_children 1
            0x15, 0x02,                                     //    a: type INT32
            0x25, 0x00,                                     //       repetition_type REQUIRED
            0x18, 0x01, (byte)'a',                          //       name
            0x25, 0x22,                                     //       converted_type INT_32 (17)
            0x4C, 0xAC, 0x13, 0x20, 0x11, 0x00, 0x00, 0x00, //       logicalType INTEGER(bitWidth 32, signed)
            0x16, 0x06,                                     // 3: num_rows 3
            0x19, 0x1C,                                     // 4: row_groups, 1 struct
            0x19, 0x1C,                                     //    1: columns, 1 struct
            0x26, 0x08,                                     //       2: file_offset 4
            0x1C,                                           //       3: meta_data
            0x15, 0x02,                                     //          1: type INT32
            0x19, 0x25, 0x00, 0x06,                         //          2: encodings [PLAIN, RLE]
            0x19, 0x18, 0x01, (byte)'a',                    //          3: path_in_schema ["a"]
            0x15, 0x00,                                     //          4: codec UNCOMPRESSED
            0x16, 0x06,                                     //          5: num_values 3
            0x16, 0x3A,                                     //          6: total_uncompressed_size 29
            0x16, 0x3A,                                     //          7: total_compressed_size 29
            0x26, 0x08,                                     //          9: data_page_offset 4
            0x3C,                                           //         12: statistics
            0x36, 0x00,                                     //             3: null_count 0
            0x28, 0x04, 0x03, 0x00, 0x00, 0x00,             //             5: max_value 3
            0x18, 0x04, 0x01, 0x00, 0x00, 0x00,             //             6: min_value 1
            0x00, 0x00, 0x00,
            0x16, 0x3A,                                     //    2: total_byte_size 29
            0x16, 0x06,                                     //    3: num_rows 3
            0x26, 0x08,                                     //    5: file_offset 4
            0x16, 0x3A,                                     //    6: total_compressed_size 29
            0x14, 0x00,                                     //    7: ordinal 0
            0x00,
            0x28, 0x04, .. "test"u8,                        // 6: created_by
            0x19, 0x1C, 0x1C, 0x00, 0x00,                   // 7: column_orders [TYPE_ORDER]
            0x00,
        ];
        byte[] expected = [.. "PAR1"u8, .. pageHeader, .. values, .. footer, (byte)footer.Length, 0, 0, 0, .. "PAR1"u8];

        Assert.Equal(expected, file);
    }

    [Fact]
    public void Optional_column_pages_carry_rle_definition_levels_with_a_length_prefix()
    {
        var schema = new ParquetSchema(new ParquetField("a", ParquetType.Int32, Nullable: true));
        var options = new ParquetWriterOptions { Compression = ParquetCompression.None, UseDictionary = false, CreatedBy = "test" };
        var file = ParquetBytes.Write(schema, options, writer => writer.WriteColumn<int>([7, 0, 9], [true, false, true]));

        // Page body: 4-byte level length (2), levels 1,0,1 as one bit-packed group (0x03, 0b101), then the two values.
        byte[] body = [0x02, 0x00, 0x00, 0x00, 0x03, 0b101, 7, 0, 0, 0, 9, 0, 0, 0];
        var at = file.AsSpan().IndexOf(body);
        Assert.True(at > 4, "page body with definition levels not found");
        Assert.Equal(new byte[] { 0x15, 0x1C, 0x15, 0x1C }, file.AsSpan(6, 4).ToArray()); // both page sizes 14
    }

    [Fact]
    public void Dictionary_chunks_start_with_a_plain_dictionary_page_and_index_pages_follow()
    {
        var schema = new ParquetSchema(new ParquetField("s", ParquetType.String));
        var options = new ParquetWriterOptions { Compression = ParquetCompression.None, CreatedBy = "test" };
        var file = ParquetBytes.Write(schema, options, writer => writer.WriteColumn(["x", "yy", "x", "x"]));

        // Dictionary page header: type DICTIONARY_PAGE, both sizes 11 (4+1 + 4+2), dictionary_page_header {2 entries, PLAIN}.
        byte[] dictionaryPage =
        [
            0x15, 0x04, 0x15, 0x16, 0x15, 0x16, 0x4C, 0x15, 0x04, 0x15, 0x00, 0x00, 0x00,
            0x01, 0x00, 0x00, 0x00, (byte)'x', 0x02, 0x00, 0x00, 0x00, (byte)'y', (byte)'y',
        ];
        Assert.Equal(dictionaryPage, file.AsSpan(4, dictionaryPage.Length).ToArray());

        // Data page body: bit width 1, then indices 0,1,0,0 bit-packed in one group (0x03, 0b0010).
        byte[] indices = [0x01, 0x03, 0b0000_0010];
        Assert.True(file.AsSpan(4 + dictionaryPage.Length).IndexOf(indices) > 0, "index page body not found");

        using var reader = ParquetBytes.Open(file);
        var meta = reader.Metadata.RowGroups[0].Columns[0].MetaData!;
        Assert.Equal(4, meta.DictionaryPageOffset);
        Assert.Equal(4 + dictionaryPage.Length, meta.DataPageOffset);
        Assert.Equal(new string?[] { "x", "yy", "x", "x" }, reader.ReadAllStrings("s"));
    }
}
