using Sim.Parquet.Thrift;

namespace Sim.Parquet.Format;

/// <summary>Thrift ColumnMetaData of one column chunk.</summary>
internal sealed class ColumnMetaData
{
    private const int HasType = 1, HasCodec = 2, HasNumValues = 4, HasUncompressed = 8, HasCompressed = 16, HasDataOffset = 32;
    private const int AllRequired = HasType | HasCodec | HasNumValues | HasUncompressed | HasCompressed | HasDataOffset;

    public PhysicalType Type { get; set; }

    public List<PageEncoding> Encodings { get; set; } = [];

    public List<string> PathInSchema { get; set; } = [];

    public CompressionCodec Codec { get; set; }

    public long NumValues { get; set; }

    public long TotalUncompressedSize { get; set; }

    public long TotalCompressedSize { get; set; }

    public List<KeyValuePair<string, string?>>? KeyValueMetadata { get; set; }

    public long DataPageOffset { get; set; }

    public long? DictionaryPageOffset { get; set; }

    public StatisticsMeta? Statistics { get; set; }

    public void Write(CompactWriter w)
    {
        w.FieldI32(1, (int)Type);
        w.FieldListBegin(2, CompactType.I32, Encodings.Count);
        foreach (var encoding in Encodings)
        {
            w.I32((int)encoding);
        }

        w.FieldListBegin(3, CompactType.Binary, PathInSchema.Count);
        foreach (var part in PathInSchema)
        {
            w.String(part);
        }

        w.FieldI32(4, (int)Codec);
        w.FieldI64(5, NumValues);
        w.FieldI64(6, TotalUncompressedSize);
        w.FieldI64(7, TotalCompressedSize);
        if (KeyValueMetadata is { Count: > 0 } pairs)
        {
            KeyValueList.Write(w, 8, pairs);
        }

        w.FieldI64(9, DataPageOffset);
        if (DictionaryPageOffset is { } dictionaryOffset)
        {
            w.FieldI64(11, dictionaryOffset);
        }

        if (Statistics is { } statistics)
        {
            w.FieldStructBegin(12);
            statistics.Write(w);
            w.EndStruct();
        }
    }

    public static ColumnMetaData Read(ref CompactReader r)
    {
        var m = new ColumnMetaData();
        var seen = 0;
        r.BeginStruct();
        while (r.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1:
                    m.Type = (PhysicalType)r.I32(type, "type");
                    seen |= HasType;
                    break;
                case 2:
                    m.Encodings = ReadEncodings(ref r, type);
                    break;
                case 3:
                    m.PathInSchema = ReadPath(ref r, type);
                    break;
                case 4:
                    m.Codec = (CompressionCodec)r.I32(type, "codec");
                    seen |= HasCodec;
                    break;
                case 5:
                    m.NumValues = r.I64(type, "num_values");
                    seen |= HasNumValues;
                    break;
                case 6:
                    m.TotalUncompressedSize = r.I64(type, "total_uncompressed_size");
                    seen |= HasUncompressed;
                    break;
                case 7:
                    m.TotalCompressedSize = r.I64(type, "total_compressed_size");
                    seen |= HasCompressed;
                    break;
                case 8:
                    m.KeyValueMetadata = KeyValueList.Read(ref r, type, "key_value_metadata");
                    break;
                case 9:
                    m.DataPageOffset = r.I64(type, "data_page_offset");
                    seen |= HasDataOffset;
                    break;
                case 11:
                    m.DictionaryPageOffset = r.I64(type, "dictionary_page_offset");
                    break;
                case 12:
                    r.Struct(type, "statistics");
                    m.Statistics = StatisticsMeta.Read(ref r);
                    break;
                default:
                    r.Skip(type);
                    break;
            }
        }

        r.EndStruct();
        if ((seen & AllRequired) != AllRequired)
        {
            throw r.Error("column metadata lacks a required field (type, codec, num_values, sizes or data_page_offset)");
        }

        return m;
    }

    private static List<PageEncoding> ReadEncodings(ref CompactReader r, byte type)
    {
        var count = r.List(type, "encodings", out var elementType);
        if (elementType != CompactType.I32)
        {
            throw r.Error("encodings is not a list of i32");
        }

        var list = new List<PageEncoding>(Math.Min(count, 16));
        for (var i = 0; i < count; i++)
        {
            list.Add((PageEncoding)r.ReadI32());
        }

        return list;
    }

    private static List<string> ReadPath(ref CompactReader r, byte type)
    {
        var count = r.List(type, "path_in_schema", out var elementType);
        if (elementType != CompactType.Binary)
        {
            throw r.Error("path_in_schema is not a list of strings");
        }

        var list = new List<string>(Math.Min(count, 16));
        for (var i = 0; i < count; i++)
        {
            list.Add(r.ReadString());
        }

        return list;
    }
}
