namespace Sim.Parquet.Interop.Tests.Fixtures;

/// <summary>A fixed-width test column, written through <c>WriteColumn&lt;T&gt;</c> with or without a presence mask.</summary>
internal sealed class TestColumn<T> : TestColumn
    where T : unmanaged
{
    private readonly T[] values;
    private readonly bool[] present;
    private readonly bool usePresence;

    public TestColumn(ParquetField field, object?[] expected, bool usePresence)
        : base(field, expected)
    {
        this.usePresence = usePresence;
        values = [.. expected.Select(v => v is null ? default : (T)v)];
        present = [.. expected.Select(v => v is not null)];
    }

    public override void Write(ParquetFileWriter writer, int start, int count)
    {
        if (usePresence)
        {
            writer.WriteColumn<T>(values.AsSpan(start, count), present.AsSpan(start, count));
        }
        else
        {
            writer.WriteColumn<T>(values.AsSpan(start, count));
        }
    }
}
