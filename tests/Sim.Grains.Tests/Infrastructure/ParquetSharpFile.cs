using ParquetSharp;

namespace Sim.Grains.Tests.Infrastructure;

/// <summary>
/// Apache Arrow's C++ Parquet reader (through ParquetSharp) as a second independent reader of the run outputs:
/// every column's values as ParquetSharp's logical readers give them, and the codec of every column chunk.
/// </summary>
internal static class ParquetSharpFile
{
    /// <summary>Every column of the file (all row groups), by column name, values boxed (null = null).</summary>
    public static Dictionary<string, List<object?>> Columns(string path)
    {
        using var file = new ParquetFileReader(path);
        var columns = new Dictionary<string, List<object?>>(StringComparer.Ordinal);
        for (var g = 0; g < file.FileMetaData.NumRowGroups; g++)
        {
            using var group = file.RowGroup(g);
            var rows = checked((int)group.MetaData.NumRows);
            for (var c = 0; c < file.FileMetaData.NumColumns; c++)
            {
                using var column = group.Column(c);
                using var reader = column.LogicalReader();
                var name = column.ColumnDescriptor.Name;
                if (!columns.TryGetValue(name, out var values))
                {
                    columns[name] = values = [];
                }

                values.AddRange(reader.Apply(new ReadAll(rows)));
            }
        }

        file.Close();
        return columns;
    }

    /// <summary>The distinct codecs of the file's column chunks.</summary>
    public static HashSet<Compression> Codecs(string path)
    {
        using var file = new ParquetFileReader(path);
        var codecs = new HashSet<Compression>();
        for (var g = 0; g < file.FileMetaData.NumRowGroups; g++)
        {
            using var group = file.RowGroup(g);
            for (var c = 0; c < file.FileMetaData.NumColumns; c++)
            {
                using var chunk = group.MetaData.GetColumnChunkMetaData(c);
                codecs.Add(chunk.Compression);
            }
        }

        file.Close();
        return codecs;
    }

    /// <summary>Reads a column chunk whatever its logical type.</summary>
    private sealed class ReadAll(int rows) : ILogicalColumnReaderVisitor<object?[]>
    {
        public object?[] OnLogicalColumnReader<TValue>(LogicalColumnReader<TValue> columnReader) =>
            [.. columnReader.ReadAll(rows).Select(v => (object?)v)];
    }
}
