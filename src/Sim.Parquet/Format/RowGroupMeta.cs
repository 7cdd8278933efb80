using Sim.Parquet.Thrift;

namespace Sim.Parquet.Format;

/// <summary>Thrift RowGroup.</summary>
internal sealed class RowGroupMeta
{
    public List<ColumnChunkMeta> Columns { get; set; } = [];

    public long TotalByteSize { get; set; }

    public long NumRows { get; set; }

    public long? FileOffset { get; set; }

    public long? TotalCompressedSize { get; set; }

    public short? Ordinal { get; set; }

    public void Write(CompactWriter w)
    {
        w.FieldListBegin(1, CompactType.Struct, Columns.Count);
        foreach (var column in Columns)
        {
            w.BeginStruct();
            column.Write(w);
            w.EndStruct();
        }

        w.FieldI64(2, TotalByteSize);
        w.FieldI64(3, NumRows);
        if (FileOffset is { } offset)
        {
            w.FieldI64(5, offset);
        }

        if (TotalCompressedSize is { } compressed)
        {
            w.FieldI64(6, compressed);
        }

        if (Ordinal is { } ordinal)
        {
            w.FieldI16(7, ordinal);
        }
    }

    public static RowGroupMeta Read(ref CompactReader r)
    {
        var g = new RowGroupMeta();
        var hasRows = false;
        r.BeginStruct();
        while (r.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1:
                    g.Columns = r.StructList(type, "columns", ColumnChunkMeta.Read);
                    break;
                case 2:
                    g.TotalByteSize = r.I64(type, "total_byte_size");
                    break;
                case 3:
                    g.NumRows = r.I64(type, "num_rows");
                    hasRows = true;
                    break;
                case 5:
                    g.FileOffset = r.I64(type, "file_offset");
                    break;
                case 6:
                    g.TotalCompressedSize = r.I64(type, "total_compressed_size");
                    break;
                case 7:
                    g.Ordinal = r.I16(type, "ordinal");
                    break;
                default:
                    r.Skip(type);
                    break;
            }
        }

        r.EndStruct();
        return hasRows ? g : throw r.Error("row group without num_rows");
    }
}
