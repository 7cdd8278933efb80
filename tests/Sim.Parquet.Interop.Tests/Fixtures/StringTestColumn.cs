namespace Sim.Parquet.Interop.Tests.Fixtures;

/// <summary>A String test column (null = null).</summary>
internal sealed class StringTestColumn(ParquetField field, object?[] expected) : TestColumn(field, expected)
{
    private readonly string?[] values = [.. expected.Cast<string?>()];

    public override void Write(ParquetFileWriter writer, int start, int count) => writer.WriteColumn(values.AsSpan(start, count));
}
