using Sim.Parquet.Thrift;

namespace Sim.Parquet.Format;

/// <summary>Thrift ColumnChunk.</summary>
internal sealed class ColumnChunkMeta
{
    public string? FilePath { get; set; }

    public long FileOffset { get; set; }

    public ColumnMetaData? MetaData { get; set; }

    /// <summary>True when the chunk carries crypto metadata or encrypted column metadata.</summary>
    public bool Encrypted { get; set; }

    public void Write(CompactWriter w)
    {
        if (FilePath is { } path)
        {
            w.FieldString(1, path);
        }

        w.FieldI64(2, FileOffset);
        if (MetaData is { } meta)
        {
            w.FieldStructBegin(3);
            meta.Write(w);
            w.EndStruct();
        }
    }

    public static ColumnChunkMeta Read(ref CompactReader r)
    {
        var c = new ColumnChunkMeta();
        r.BeginStruct();
        while (r.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1:
                    c.FilePath = r.String(type, "file_path");
                    break;
                case 2:
                    c.FileOffset = r.I64(type, "file_offset");
                    break;
                case 3:
                    r.Struct(type, "meta_data");
                    c.MetaData = ColumnMetaData.Read(ref r);
                    break;
                case 8:
                case 9:
                    c.Encrypted = true;
                    r.Skip(type);
                    break;
                default:
                    r.Skip(type);
                    break;
            }
        }

        r.EndStruct();
        return c;
    }
}
