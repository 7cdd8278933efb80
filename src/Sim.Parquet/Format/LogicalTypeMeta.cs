using Sim.Parquet.Thrift;

namespace Sim.Parquet.Format;

/// <summary>The LogicalType union of a schema element; <see cref="Kind"/> is the union's field id.</summary>
internal sealed class LogicalTypeMeta
{
    public const short StringKind = 1;
    public const short EnumKind = 4;
    public const short DecimalKind = 5;
    public const short DateKind = 6;
    public const short TimeKind = 7;
    public const short TimestampKind = 8;
    public const short IntegerKind = 10;
    public const short UnknownKind = 11;
    public const short JsonKind = 12;
    public const short BsonKind = 13;

    public const short Millis = 1;
    public const short Micros = 2;
    public const short Nanos = 3;

    /// <summary>Union field id; 0 when the union was empty.</summary>
    public short Kind { get; set; }

    public bool IsAdjustedToUtc { get; set; }

    /// <summary>TimeUnit union field id: 1 MILLIS, 2 MICROS, 3 NANOS; 0 when absent.</summary>
    public short Unit { get; set; }

    public int BitWidth { get; set; }

    public bool IsSigned { get; set; }

    public static LogicalTypeMeta String() => new() { Kind = StringKind };

    public static LogicalTypeMeta Date() => new() { Kind = DateKind };

    public static LogicalTypeMeta Timestamp(short unit) => new() { Kind = TimestampKind, IsAdjustedToUtc = true, Unit = unit };

    public static LogicalTypeMeta Integer(int bitWidth, bool signed) => new() { Kind = IntegerKind, BitWidth = bitWidth, IsSigned = signed };

    public void Write(CompactWriter w)
    {
        w.FieldStructBegin(Kind);
        switch (Kind)
        {
            case TimestampKind:
            case TimeKind:
                w.FieldBool(1, IsAdjustedToUtc);
                w.FieldStructBegin(2);
                w.FieldStructBegin(Unit);
                w.EndStruct();
                w.EndStruct();
                break;
            case IntegerKind:
                w.FieldI8(1, (sbyte)BitWidth);
                w.FieldBool(2, IsSigned);
                break;
        }

        w.EndStruct();
    }

    public static LogicalTypeMeta Read(ref CompactReader r)
    {
        var meta = new LogicalTypeMeta();
        r.BeginStruct();
        while (r.NextField(out var id, out var type))
        {
            if (meta.Kind != 0 || type != CompactType.Struct)
            {
                r.Skip(type);
                continue;
            }

            meta.Kind = id;
            switch (id)
            {
                case TimestampKind:
                case TimeKind:
                    ReadTime(ref r, meta);
                    break;
                case IntegerKind:
                    ReadInteger(ref r, meta);
                    break;
                default:
                    r.Skip(type);
                    break;
            }
        }

        r.EndStruct();
        return meta;
    }

    private static void ReadTime(ref CompactReader r, LogicalTypeMeta meta)
    {
        r.BeginStruct();
        while (r.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1:
                    meta.IsAdjustedToUtc = r.FieldBool(type, "isAdjustedToUTC");
                    break;
                case 2:
                    r.Struct(type, "unit");
                    r.BeginStruct();
                    while (r.NextField(out var unitId, out var unitType))
                    {
                        meta.Unit = meta.Unit == 0 ? unitId : meta.Unit;
                        r.Skip(unitType);
                    }

                    r.EndStruct();
                    break;
                default:
                    r.Skip(type);
                    break;
            }
        }

        r.EndStruct();
    }

    private static void ReadInteger(ref CompactReader r, LogicalTypeMeta meta)
    {
        r.BeginStruct();
        while (r.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1:
                    meta.BitWidth = r.I8(type, "bitWidth");
                    break;
                case 2:
                    meta.IsSigned = r.FieldBool(type, "isSigned");
                    break;
                default:
                    r.Skip(type);
                    break;
            }
        }

        r.EndStruct();
    }
}
