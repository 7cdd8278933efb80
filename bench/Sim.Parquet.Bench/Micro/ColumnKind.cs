namespace Sim.Parquet.Bench.Micro;

/// <summary>The kinds of column the writer benchmarks isolate (one column per file).</summary>
public enum ColumnKind
{
    Int64Sequential,
    Int64Random,
    Int8Enum,
    DateRandom,
    DoubleRandom,
    Boolean,
    StringDictionary,
    StringUnique,
    NullableInt64,
    TimestampMicros,
}
