using Sim.Parquet.Thrift;

namespace Sim.Parquet.Format;

/// <summary>Thrift FileMetaData, the footer.</summary>
internal sealed class FileMetaData
{
    /// <summary>ColumnOrder union id of TYPE_ORDER.</summary>
    public const short TypeOrder = 1;

    public int Version { get; set; } = 1;

    public List<SchemaElement> Schema { get; set; } = [];

    public long NumRows { get; set; }

    public List<RowGroupMeta> RowGroups { get; set; } = [];

    public List<KeyValuePair<string, string?>>? KeyValueMetadata { get; set; }

    public string? CreatedBy { get; set; }

    /// <summary>ColumnOrder union ids per leaf column, or null when absent.</summary>
    public List<short>? ColumnOrders { get; set; }

    /// <summary>True when the footer declares an encryption algorithm.</summary>
    public bool Encrypted { get; set; }

    public void Write(CompactWriter w)
    {
        w.FieldI32(1, Version);
        w.FieldListBegin(2, CompactType.Struct, Schema.Count);
        foreach (var element in Schema)
        {
            w.BeginStruct();
            element.Write(w);
            w.EndStruct();
        }

        w.FieldI64(3, NumRows);
        w.FieldListBegin(4, CompactType.Struct, RowGroups.Count);
        foreach (var group in RowGroups)
        {
            w.BeginStruct();
            group.Write(w);
            w.EndStruct();
        }

        if (KeyValueMetadata is { Count: > 0 } pairs)
        {
            KeyValueList.Write(w, 5, pairs);
        }

        if (CreatedBy is { } createdBy)
        {
            w.FieldString(6, createdBy);
        }

        if (ColumnOrders is { } orders)
        {
            w.FieldListBegin(7, CompactType.Struct, orders.Count);
            foreach (var order in orders)
            {
                w.BeginStruct();
                w.FieldStructBegin(order);
                w.EndStruct();
                w.EndStruct();
            }
        }
    }

    public static FileMetaData Read(ref CompactReader r)
    {
        var f = new FileMetaData();
        var hasSchema = false;
        var hasRows = false;
        var hasGroups = false;
        r.BeginStruct();
        while (r.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1:
                    f.Version = r.I32(type, "version");
                    break;
                case 2:
                    f.Schema = r.StructList(type, "schema", SchemaElement.Read);
                    hasSchema = true;
                    break;
                case 3:
                    f.NumRows = r.I64(type, "num_rows");
                    hasRows = true;
                    break;
                case 4:
                    f.RowGroups = r.StructList(type, "row_groups", RowGroupMeta.Read);
                    hasGroups = true;
                    break;
                case 5:
                    f.KeyValueMetadata = KeyValueList.Read(ref r, type, "key_value_metadata");
                    break;
                case 6:
                    f.CreatedBy = r.String(type, "created_by");
                    break;
                case 7:
                    f.ColumnOrders = r.StructList(type, "column_orders", ReadColumnOrder);
                    break;
                case 8:
                    f.Encrypted = true;
                    r.Skip(type);
                    break;
                default:
                    r.Skip(type);
                    break;
            }
        }

        r.EndStruct();
        if (!hasSchema || !hasRows || !hasGroups)
        {
            throw r.Error("footer lacks schema, num_rows or row_groups");
        }

        return f;
    }

    /// <summary>A ColumnOrder union: the id of its one member (1 = TYPE_ORDER), 0 when empty.</summary>
    private static short ReadColumnOrder(ref CompactReader r)
    {
        short kind = 0;
        r.BeginStruct();
        while (r.NextField(out var id, out var fieldType))
        {
            kind = kind == 0 ? id : kind;
            r.Skip(fieldType);
        }

        r.EndStruct();
        return kind;
    }
}
