namespace Sim.Parquet.Writing;

/// <summary>The writer's misuse checks and their messages.</summary>
internal static class WriteChecks
{
    public static ArgumentException WrongType(ParquetField field, int index, Type expected, Type actual) =>
        new($"column '{field.Name}' (#{index}) is {field.Type} and takes {expected.Name} values, not {actual.Name}; " +
            "columns must be written in schema order");

    public static ArgumentException WrongLength(ParquetField field, int length, int batchRows, string firstColumn) =>
        new($"column '{field.Name}' has {length} values but this batch has {batchRows} rows (set by column '{firstColumn}')");

    public static ArgumentException NullInRequired(ParquetField field, int row) =>
        new($"column '{field.Name}' is REQUIRED but row {row} of the batch is null");

    /// <summary>Timestamps are UTC; local times would make the file depend on the machine's time zone.</summary>
    public static void CheckKinds(ParquetField field, ReadOnlySpan<DateTime> values, ReadOnlySpan<bool> present)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i].Kind == DateTimeKind.Local && (present.IsEmpty || present[i]))
            {
                throw new ArgumentException(
                    $"column '{field.Name}': row {i} is a local DateTime; timestamps are UTC (convert with ToUniversalTime first)");
            }
        }
    }
}
