using Sim.Parquet.Thrift;

namespace Sim.Parquet.Format;

/// <summary>Reads and writes list&lt;KeyValue{1 key, 2 value}&gt;.</summary>
internal static class KeyValueList
{
    public static void Write(CompactWriter w, short fieldId, IReadOnlyList<KeyValuePair<string, string?>> pairs)
    {
        w.FieldListBegin(fieldId, CompactType.Struct, pairs.Count);
        foreach (var pair in pairs)
        {
            w.BeginStruct();
            w.FieldString(1, pair.Key);
            if (pair.Value is { } value)
            {
                w.FieldString(2, value);
            }

            w.EndStruct();
        }
    }

    public static List<KeyValuePair<string, string?>> Read(ref CompactReader r, byte type, string name) =>
        r.StructList(type, name, ReadPair);

    private static KeyValuePair<string, string?> ReadPair(ref CompactReader r)
    {
        string? key = null;
        string? value = null;
        r.BeginStruct();
        while (r.NextField(out var id, out var fieldType))
        {
            switch (id)
            {
                case 1:
                    key = r.String(fieldType, "key");
                    break;
                case 2:
                    value = r.String(fieldType, "value");
                    break;
                default:
                    r.Skip(fieldType);
                    break;
            }
        }

        r.EndStruct();
        return new KeyValuePair<string, string?>(key ?? throw r.Error("key-value entry without a key"), value);
    }
}
