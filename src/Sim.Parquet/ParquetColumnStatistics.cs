namespace Sim.Parquet;

/// <summary>
/// Statistics of one column chunk as stored in the file. <see cref="Min"/> and <see cref="Max"/> are
/// boxed values of the column's CLR type (string for String, byte[] for Binary, DateOnly, DateTime...),
/// or null when the file holds none that this reader trusts.
/// </summary>
/// <param name="Min">Smallest non-null value in the column's sort order, or null.</param>
/// <param name="Max">Largest non-null value in the column's sort order, or null.</param>
/// <param name="NullCount">Number of nulls, or null when the file does not say.</param>
/// <param name="DistinctCount">Number of distinct values, or null when the file does not say.</param>
public sealed record ParquetColumnStatistics(object? Min, object? Max, long? NullCount, long? DistinctCount = null);
