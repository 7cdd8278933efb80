using Sim.Parquet.Thrift;

namespace Sim.Parquet.Format;

/// <summary>Thrift Statistics: min/max values are PLAIN-encoded without length prefix.</summary>
internal sealed class StatisticsMeta
{
    /// <summary>Deprecated signed-order max (field 1).</summary>
    public byte[]? LegacyMax { get; set; }

    /// <summary>Deprecated signed-order min (field 2).</summary>
    public byte[]? LegacyMin { get; set; }

    public long? NullCount { get; set; }

    public long? DistinctCount { get; set; }

    public byte[]? MaxValue { get; set; }

    public byte[]? MinValue { get; set; }

    public long? NanCount { get; set; }

    public void Write(CompactWriter w)
    {
        if (NullCount is { } nulls)
        {
            w.FieldI64(3, nulls);
        }

        if (DistinctCount is { } distinct)
        {
            w.FieldI64(4, distinct);
        }

        if (MaxValue is { } max)
        {
            w.FieldBinary(5, max);
        }

        if (MinValue is { } min)
        {
            w.FieldBinary(6, min);
        }

        if (NanCount is { } nans)
        {
            w.FieldI64(9, nans);
        }
    }

    public static StatisticsMeta Read(ref CompactReader r)
    {
        var s = new StatisticsMeta();
        r.BeginStruct();
        while (r.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1:
                    s.LegacyMax = r.Binary(type, "max").ToArray();
                    break;
                case 2:
                    s.LegacyMin = r.Binary(type, "min").ToArray();
                    break;
                case 3:
                    s.NullCount = r.I64(type, "null_count");
                    break;
                case 4:
                    s.DistinctCount = r.I64(type, "distinct_count");
                    break;
                case 5:
                    s.MaxValue = r.Binary(type, "max_value").ToArray();
                    break;
                case 6:
                    s.MinValue = r.Binary(type, "min_value").ToArray();
                    break;
                case 9:
                    s.NanCount = r.I64(type, "nan_count");
                    break;
                default:
                    r.Skip(type);
                    break;
            }
        }

        r.EndStruct();
        return s;
    }
}
