using Sim.Parquet.Format;

namespace Sim.Parquet.Reading;

/// <summary>Turns the footer's flattened schema tree into a flat <see cref="ParquetSchema"/>, rejecting what is out of scope.</summary>
internal static class SchemaReader
{
    public static (ParquetSchema Schema, ColumnDescriptor[] Columns) Build(FileMetaData metadata)
    {
        var elements = metadata.Schema;
        if (elements.Count == 0)
        {
            throw new ParquetFormatException("corrupt footer: the schema is empty");
        }

        var fields = new List<ParquetField>(elements.Count - 1);
        var columns = new List<ColumnDescriptor>(elements.Count - 1);
        for (var i = 1; i < elements.Count; i++)
        {
            var element = elements[i];
            if (element.NumChildren is > 0 || element.Type is null)
            {
                throw new ParquetFormatException($"nested schemas are not supported (group '{element.Name}')");
            }

            if (element.Repetition is 2)
            {
                throw new ParquetFormatException($"repeated fields (nested schemas) are not supported (column '{element.Name}')");
            }

            if (element.Repetition is not (null or 0 or 1))
            {
                throw new ParquetFormatException($"corrupt schema: column '{element.Name}' has repetition type {element.Repetition}");
            }

            var type = MapType(element);
            var typeLength = 0;
            if (element.Type == PhysicalType.FixedLenByteArray)
            {
                typeLength = element.TypeLength ?? 0;
                if (typeLength is <= 0 or > 1 << 20)
                {
                    throw new ParquetFormatException($"corrupt schema: column '{element.Name}' has fixed length {typeLength}");
                }
            }

            var field = new ParquetField(element.Name, type, element.Repetition == 1);
            fields.Add(field);
            columns.Add(new ColumnDescriptor(field, element.Type.Value, typeLength, columns.Count));
        }

        if (elements[0].NumChildren is { } children && children != elements.Count - 1)
        {
            throw new ParquetFormatException(
                $"corrupt schema: the root declares {children} children but {elements.Count - 1} elements follow");
        }

        return (new ParquetSchema(fields, validate: false), [.. columns]);
    }

    private static ParquetType MapType(SchemaElement e)
    {
        // Logical types this reader does not know are ignored: the column reads as its ConvertedType or physical type.
        var logical = e.LogicalType?.Kind ?? 0;
        logical = logical is >= LogicalTypeMeta.StringKind and <= LogicalTypeMeta.BsonKind ? logical : (short)0;
        var converted = e.ConvertedType;
        if (logical == LogicalTypeMeta.DecimalKind || converted == ConvertedType.Decimal)
        {
            throw new ParquetFormatException($"logical type DECIMAL is not supported (column '{e.Name}')");
        }

        return e.Type switch
        {
            PhysicalType.Boolean => ParquetType.Boolean,
            PhysicalType.Int32 => MapInt32(e, logical, converted),
            PhysicalType.Int64 => MapInt64(e, logical, converted),
            PhysicalType.Int96 => ParquetType.TimestampNanos,
            PhysicalType.Float => ParquetType.Float,
            PhysicalType.Double => ParquetType.Double,
            PhysicalType.ByteArray => logical is LogicalTypeMeta.StringKind or LogicalTypeMeta.EnumKind or LogicalTypeMeta.JsonKind
                || (logical == 0 && converted is ConvertedType.Utf8 or ConvertedType.Enum or ConvertedType.Json)
                ? ParquetType.String
                : ParquetType.Binary,
            PhysicalType.FixedLenByteArray => ParquetType.Binary,
            _ => throw new ParquetFormatException($"corrupt schema: column '{e.Name}' has physical type {(int?)e.Type}"),
        };
    }

    private static ParquetType MapInt32(SchemaElement e, short logical, ConvertedType? converted)
    {
        if (logical == LogicalTypeMeta.IntegerKind)
        {
            return (e.LogicalType!.BitWidth, e.LogicalType.IsSigned) switch
            {
                (8, true) => ParquetType.Int8,
                (16, true) => ParquetType.Int16,
                (8, false) => ParquetType.UInt8,
                (16, false) => ParquetType.UInt16,
                (32, false) => ParquetType.UInt32,
                _ => ParquetType.Int32,
            };
        }

        if (logical == LogicalTypeMeta.DateKind)
        {
            return ParquetType.Date;
        }

        return logical != 0 && logical != LogicalTypeMeta.UnknownKind ? ParquetType.Int32 : converted switch
        {
            ConvertedType.Int8 => ParquetType.Int8,
            ConvertedType.Int16 => ParquetType.Int16,
            ConvertedType.UInt8 => ParquetType.UInt8,
            ConvertedType.UInt16 => ParquetType.UInt16,
            ConvertedType.UInt32 => ParquetType.UInt32,
            ConvertedType.Date => ParquetType.Date,
            _ => ParquetType.Int32,
        };
    }

    private static ParquetType MapInt64(SchemaElement e, short logical, ConvertedType? converted)
    {
        if (logical == LogicalTypeMeta.IntegerKind)
        {
            return e.LogicalType!.IsSigned || e.LogicalType.BitWidth != 64 ? ParquetType.Int64 : ParquetType.UInt64;
        }

        if (logical == LogicalTypeMeta.TimestampKind)
        {
            return e.LogicalType!.Unit switch
            {
                LogicalTypeMeta.Millis => ParquetType.TimestampMillis,
                LogicalTypeMeta.Micros => ParquetType.TimestampMicros,
                LogicalTypeMeta.Nanos => ParquetType.TimestampNanos,
                _ => ParquetType.Int64,
            };
        }

        return logical != 0 && logical != LogicalTypeMeta.UnknownKind ? ParquetType.Int64 : converted switch
        {
            ConvertedType.UInt64 => ParquetType.UInt64,
            ConvertedType.TimestampMillis => ParquetType.TimestampMillis,
            ConvertedType.TimestampMicros => ParquetType.TimestampMicros,
            _ => ParquetType.Int64,
        };
    }
}
