namespace Sim.Parquet.Format;

/// <summary>Spec names of enum values, for error messages that name the unsupported feature.</summary>
internal static class FormatNames
{
    public static string Of(CompressionCodec codec) => codec switch
    {
        CompressionCodec.Uncompressed => "UNCOMPRESSED",
        CompressionCodec.Snappy => "SNAPPY",
        CompressionCodec.Gzip => "GZIP",
        CompressionCodec.Lzo => "LZO",
        CompressionCodec.Brotli => "BROTLI",
        CompressionCodec.Lz4 => "LZ4",
        CompressionCodec.Zstd => "ZSTD",
        CompressionCodec.Lz4Raw => "LZ4_RAW",
        _ => $"#{(int)codec}",
    };

    public static string Of(PageEncoding encoding) => encoding switch
    {
        PageEncoding.Plain => "PLAIN",
        PageEncoding.PlainDictionary => "PLAIN_DICTIONARY",
        PageEncoding.Rle => "RLE",
        PageEncoding.BitPacked => "BIT_PACKED",
        PageEncoding.DeltaBinaryPacked => "DELTA_BINARY_PACKED",
        PageEncoding.DeltaLengthByteArray => "DELTA_LENGTH_BYTE_ARRAY",
        PageEncoding.DeltaByteArray => "DELTA_BYTE_ARRAY",
        PageEncoding.RleDictionary => "RLE_DICTIONARY",
        PageEncoding.ByteStreamSplit => "BYTE_STREAM_SPLIT",
        _ => $"#{(int)encoding}",
    };
}
