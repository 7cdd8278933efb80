using Sim.Parquet.Thrift;

namespace Sim.Parquet.Format;

/// <summary>One node of the flattened schema tree (Thrift SchemaElement).</summary>
internal sealed class SchemaElement
{
    public PhysicalType? Type { get; set; }

    public int? TypeLength { get; set; }

    /// <summary>0 REQUIRED, 1 OPTIONAL, 2 REPEATED.</summary>
    public int? Repetition { get; set; }

    public string Name { get; set; } = string.Empty;

    public int? NumChildren { get; set; }

    public ConvertedType? ConvertedType { get; set; }

    public LogicalTypeMeta? LogicalType { get; set; }

    public void Write(CompactWriter w)
    {
        if (Type is { } type)
        {
            w.FieldI32(1, (int)type);
        }

        if (TypeLength is { } length)
        {
            w.FieldI32(2, length);
        }

        if (Repetition is { } repetition)
        {
            w.FieldI32(3, repetition);
        }

        w.FieldString(4, Name);
        if (NumChildren is { } children)
        {
            w.FieldI32(5, children);
        }

        if (ConvertedType is { } converted)
        {
            w.FieldI32(6, (int)converted);
        }

        if (LogicalType is { } logical)
        {
            w.FieldStructBegin(10);
            logical.Write(w);
            w.EndStruct();
        }
    }

    public static SchemaElement Read(ref CompactReader r)
    {
        var e = new SchemaElement();
        var hasName = false;
        r.BeginStruct();
        while (r.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1:
                    e.Type = (PhysicalType)r.I32(type, "type");
                    break;
                case 2:
                    e.TypeLength = r.I32(type, "type_length");
                    break;
                case 3:
                    e.Repetition = r.I32(type, "repetition_type");
                    break;
                case 4:
                    e.Name = r.String(type, "name");
                    hasName = true;
                    break;
                case 5:
                    e.NumChildren = r.I32(type, "num_children");
                    break;
                case 6:
                    e.ConvertedType = (ConvertedType)r.I32(type, "converted_type");
                    break;
                case 10:
                    r.Struct(type, "logicalType");
                    e.LogicalType = LogicalTypeMeta.Read(ref r);
                    break;
                default:
                    r.Skip(type);
                    break;
            }
        }

        r.EndStruct();
        return hasName ? e : throw r.Error("schema element without a name");
    }
}
