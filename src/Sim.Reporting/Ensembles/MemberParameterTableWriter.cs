using Sim.Parquet;

namespace Sim.Reporting.Ensembles;

/// <summary>
/// Writes the members' drawn parameter values as Parquet in long form, one row a (member, parameter): columns
/// <c>seed</c> (UINT64), <c>parameter</c> (STRING) and <c>value</c> (DOUBLE), ordered by seed then as given.
/// </summary>
public static class MemberParameterTableWriter
{
    /// <summary>Writes <paramref name="rows"/> to a new file at <paramref name="path"/>; returns the row count.</summary>
    public static long Write(string path, IReadOnlyList<MemberParameter> rows)
    {
        var ordered = rows.OrderBy(r => r.Seed).ToList();
        var options = new ParquetWriterOptions { Compression = ParquetCompression.Snappy, LeaveOpen = false };
        options.KeyValueMetadata[QuantileTableWriter.TableKey] = "member_parameters";
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        using var writer = new ParquetFileWriter(stream, new ParquetSchema(
            new ParquetField("seed", ParquetType.UInt64), new ParquetField("parameter", ParquetType.String), new ParquetField("value", ParquetType.Double)), options);
        writer.WriteColumn<ulong>(ordered.Select(r => r.Seed).ToArray());
        writer.WriteColumn(ordered.Select(r => (string?)r.Key).ToArray());
        writer.WriteColumn<double>(ordered.Select(r => r.Value).ToArray());
        writer.Complete();
        return writer.RowsWritten;
    }
}
