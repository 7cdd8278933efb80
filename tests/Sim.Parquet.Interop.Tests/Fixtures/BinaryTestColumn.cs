namespace Sim.Parquet.Interop.Tests.Fixtures;

/// <summary>A Binary test column (null = null).</summary>
internal sealed class BinaryTestColumn(ParquetField field, object?[] expected) : TestColumn(field, expected)
{
    private readonly byte[]?[] values = [.. expected.Cast<byte[]?>()];

    public override void Write(ParquetFileWriter writer, int start, int count) => writer.WriteColumn(values.AsSpan(start, count));
}
