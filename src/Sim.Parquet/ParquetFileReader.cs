using System.Runtime.CompilerServices;
using Sim.Parquet.Compression;
using Sim.Parquet.Format;
using Sim.Parquet.Reading;

namespace Sim.Parquet;

/// <summary>
/// Reads flat Parquet files: schema, metadata, statistics and typed column values per row group.
/// Every problem with the file's content (truncated, corrupt, hostile or unsupported) surfaces as a
/// <see cref="ParquetFormatException"/>; wrong arguments (indices, element types) as argument exceptions.
/// An instance is not thread-safe.
/// </summary>
public sealed class ParquetFileReader : IDisposable
{
    private readonly Stream _input;
    private readonly bool _leaveOpen;
    private readonly ParquetReaderOptions _options;
    private readonly FileMetaData _metadata;
    private readonly ColumnDescriptor[] _columns;
    private readonly long _footerStart;
    private bool _disposed;

    /// <summary>Opens a file on a seekable stream and reads its footer, with default options.</summary>
    /// <param name="input">A readable, seekable stream.</param>
    /// <param name="leaveOpen">Keep the stream open when the reader is disposed.</param>
    /// <exception cref="ParquetFormatException">The footer is missing, corrupt or uses unsupported features.</exception>
    public ParquetFileReader(Stream input, bool leaveOpen = false)
        : this(input, leaveOpen, null)
    {
    }

    /// <summary>Opens a file on a seekable stream and reads its footer.</summary>
    /// <param name="input">A readable, seekable stream.</param>
    /// <param name="leaveOpen">Keep the stream open when the reader is disposed.</param>
    /// <param name="options">Checksum verification and safety limits; defaults when null.</param>
    /// <exception cref="ParquetFormatException">The footer is missing, corrupt or uses unsupported features.</exception>
    public ParquetFileReader(Stream input, bool leaveOpen, ParquetReaderOptions? options)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!input.CanRead || !input.CanSeek)
        {
            throw new ArgumentException("the input stream must be readable and seekable", nameof(input));
        }

        _input = input;
        _leaveOpen = leaveOpen;
        _options = options ?? new ParquetReaderOptions();
        try
        {
            (_metadata, _footerStart) = FooterReader.Read(input, _options);
            (Schema, _columns) = SchemaReader.Build(_metadata);
            RowCount = ValidateRowGroups();
            KeyValueMetadata = ToDictionary(_metadata.KeyValueMetadata);
        }
        catch (Exception e) when (IsContentFailure(e))
        {
            if (!leaveOpen)
            {
                input.Dispose();
            }

            throw e as ParquetFormatException ?? new ParquetFormatException($"corrupt file: {e.Message}", e);
        }
        catch
        {
            if (!leaveOpen)
            {
                input.Dispose();
            }

            throw;
        }
    }

    /// <summary>The flat schema.</summary>
    public ParquetSchema Schema { get; }

    /// <summary>File key-value metadata (a null value reads as empty).</summary>
    public IReadOnlyDictionary<string, string> KeyValueMetadata { get; }

    /// <summary>Rows in all row groups.</summary>
    public long RowCount { get; }

    /// <summary>Number of row groups.</summary>
    public int RowGroupCount => _metadata.RowGroups.Count;

    /// <summary>The created_by field, or null.</summary>
    public string? CreatedBy => _metadata.CreatedBy;

    internal FileMetaData Metadata => _metadata;

    /// <summary>Opens a file by path with default options.</summary>
    /// <param name="path">File path.</param>
    /// <returns>A reader owning the file stream.</returns>
    public static ParquetFileReader Open(string path) => Open(path, null);

    /// <summary>Opens a file by path.</summary>
    /// <param name="path">File path.</param>
    /// <param name="options">Checksum verification and safety limits; defaults when null.</param>
    /// <returns>A reader owning the file stream.</returns>
    public static ParquetFileReader Open(string path, ParquetReaderOptions? options)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.RandomAccess);
        return new ParquetFileReader(stream, leaveOpen: false, options);
    }

    /// <summary>Rows in one row group.</summary>
    /// <param name="rowGroup">Row group index.</param>
    public long RowGroupRowCount(int rowGroup) => RowGroup(rowGroup).NumRows;

    /// <summary>Statistics of one column chunk, or null when the file has none.</summary>
    /// <param name="rowGroup">Row group index.</param>
    /// <param name="column">Column index.</param>
    public ParquetColumnStatistics? Statistics(int rowGroup, int column)
    {
        var meta = Chunk(rowGroup, column);
        var orders = _metadata.ColumnOrders;
        var order = orders is not null && column < orders.Count ? orders[column] : (short)0;
        return StatisticsReader.Read(_columns[column], meta.Statistics, order);
    }

    /// <summary>Key-value metadata of one column chunk (empty when it has none).</summary>
    /// <param name="rowGroup">Row group index.</param>
    /// <param name="column">Column index.</param>
    public IReadOnlyDictionary<string, string> ColumnKeyValueMetadata(int rowGroup, int column) =>
        ToDictionary(Chunk(rowGroup, column).KeyValueMetadata);

    /// <summary>Reads a column of one row group; nulls read as default(T).</summary>
    /// <typeparam name="T">The column's CLR element type.</typeparam>
    /// <param name="rowGroup">Row group index.</param>
    /// <param name="column">Column index.</param>
    public T[] ReadColumn<T>(int rowGroup, int column)
        where T : unmanaged => ReadColumn<T>(rowGroup, column, out _);

    /// <summary>Reads a column of one row group with its null flags.</summary>
    /// <typeparam name="T">The column's CLR element type.</typeparam>
    /// <param name="rowGroup">Row group index.</param>
    /// <param name="column">Column index.</param>
    /// <param name="present">One flag per row (false = null) for OPTIONAL columns; null for REQUIRED ones.</param>
    public T[] ReadColumn<T>(int rowGroup, int column, out bool[]? present)
        where T : unmanaged
    {
        var descriptor = Column(column);
        Chunk(rowGroup, column);
        var type = descriptor.Field.Type;
        var expected = TypeMap.ClrType(type);
        if (typeof(T) != expected)
        {
            throw new ArgumentException(expected == typeof(string) || expected == typeof(byte[])
                ? $"column '{descriptor.Field.Name}' is {type}; read it with ReadStrings or ReadBinary"
                : $"column '{descriptor.Field.Name}' is {type}; read it as {expected.Name}, not {typeof(T).Name}");
        }

        var (values, flags) = Guard(rowGroup, column, what => descriptor.Physical switch
        {
            PhysicalType.Boolean => Pair(Unsafe.As<T[]>(Decode(rowGroup, column, BooleanDecoder.Instance, out var p)), p),
            PhysicalType.Int32 => Pair(ValueMaterializer.FromInt32<T>(Decode(rowGroup, column, FixedDecoder<int>.Instance, out var p), p, type, _options.ClampOutOfRangeDates, what), p),
            PhysicalType.Int64 => Pair(ValueMaterializer.FromInt64<T>(Decode(rowGroup, column, FixedDecoder<long>.Instance, out var p), p, type, false, _options.ClampOutOfRangeDates, what), p),
            PhysicalType.Int96 => Pair(ValueMaterializer.FromInt64<T>(Decode(rowGroup, column, Int96Decoder.Instance, out var p), p, type, true, _options.ClampOutOfRangeDates, what), p),
            PhysicalType.Float => Pair(Unsafe.As<T[]>(Decode(rowGroup, column, FixedDecoder<float>.Instance, out var p)), p),
            PhysicalType.Double => Pair(Unsafe.As<T[]>(Decode(rowGroup, column, FixedDecoder<double>.Instance, out var p)), p),
            _ => throw new ParquetFormatException($"corrupt {what}: unexpected physical type {descriptor.Physical}"),
        });
        present = flags;
        return values;
    }

    /// <summary>Reads a String (or Binary, decoded as UTF-8) column of one row group; null entries are nulls.</summary>
    /// <param name="rowGroup">Row group index.</param>
    /// <param name="column">Column index.</param>
    public string?[] ReadStrings(int rowGroup, int column) => ReadByteArrays<string>(rowGroup, column);

    /// <summary>
    /// Reads a Binary (or String, as UTF-8 bytes) column of one row group; null entries are nulls.
    /// Rows that share a dictionary entry share one array instance: do not modify them.
    /// </summary>
    /// <param name="rowGroup">Row group index.</param>
    /// <param name="column">Column index.</param>
    public byte[]?[] ReadBinary(int rowGroup, int column) => ReadByteArrays<byte[]>(rowGroup, column);

    /// <summary>Reads a column across all row groups; nulls read as default(T).</summary>
    /// <typeparam name="T">The column's CLR element type.</typeparam>
    /// <param name="column">Column name.</param>
    public T[] ReadAll<T>(string column)
        where T : unmanaged => Concat(column, (group, index) => ReadColumn<T>(group, index));

    /// <summary>Reads a String column across all row groups.</summary>
    /// <param name="column">Column name.</param>
    public string?[] ReadAllStrings(string column) => Concat(column, ReadStrings);

    /// <summary>Reads a Binary column across all row groups.</summary>
    /// <param name="column">Column name.</param>
    public byte[]?[] ReadAllBinary(string column) => Concat(column, ReadBinary);

    /// <summary>Releases the stream unless the reader was told to leave it open.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_leaveOpen)
        {
            _input.Dispose();
        }
    }

    private TValue?[] ReadByteArrays<TValue>(int rowGroup, int column)
        where TValue : class
    {
        var descriptor = Column(column);
        Chunk(rowGroup, column);
        if (descriptor.Physical is not (PhysicalType.ByteArray or PhysicalType.FixedLenByteArray))
        {
            throw new ArgumentException($"column '{descriptor.Field.Name}' is {descriptor.Field.Type}; read it with ReadColumn");
        }

        return Guard(rowGroup, column, what => Decode(rowGroup, column, new ByteArrayDecoder<TValue>(descriptor.TypeLength), out _));
    }

    private TValue[] Decode<TValue>(int rowGroup, int column, PhysicalDecoder<TValue> decoder, out bool[]? present)
    {
        var descriptor = _columns[column];
        var meta = Chunk(rowGroup, column);
        var rows = RowGroup(rowGroup).NumRows;
        var what = Describe(rowGroup, column);
        if (!PageDecompressor.IsSupported(meta.Codec))
        {
            throw new ParquetFormatException($"codec {FormatNames.Of(meta.Codec)} is not supported ({what})");
        }

        if (meta.NumValues != rows)
        {
            throw new ParquetFormatException($"corrupt {what}: {meta.NumValues} values for {rows} rows");
        }

        if (rows == 0)
        {
            present = descriptor.MaxDefinitionLevel > 0 ? [] : null;
            return [];
        }

        var start = meta.DataPageOffset;
        if (meta.DictionaryPageOffset is > 0 and var dictionaryOffset && dictionaryOffset < start)
        {
            start = dictionaryOffset;
        }

        if (start < 4 || start >= _footerStart || meta.TotalCompressedSize <= 0)
        {
            throw new ParquetFormatException($"corrupt {what}: chunk at offset {start} of {meta.TotalCompressedSize} bytes lies outside the data");
        }

        var bytes = new byte[Math.Min(meta.TotalCompressedSize, _footerStart - start)];
        FooterReader.ReadAt(_input, start, bytes);
        return new ChunkDecoder<TValue>(descriptor, meta.Codec, decoder, _options, what).Decode(bytes, rows, out present);
    }

    private TResult Guard<TResult>(int rowGroup, int column, Func<string, TResult> body)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var what = Describe(rowGroup, column);
        try
        {
            return body(what);
        }
        catch (Exception e) when (IsContentFailure(e) && e is not ParquetFormatException)
        {
            throw new ParquetFormatException($"corrupt {what}: {e.Message}", e);
        }
    }

    private TArray[] Concat<TArray>(string column, Func<int, int, TArray[]> read)
    {
        var index = Schema.IndexOf(column);
        if (index < 0)
        {
            throw new ArgumentException($"no column named '{column}'", nameof(column));
        }

        var parts = new TArray[RowGroupCount][];
        long total = 0;
        for (var group = 0; group < parts.Length; group++)
        {
            parts[group] = read(group, index);
            total += parts[group].Length;
        }

        if (total > Array.MaxLength)
        {
            throw new ParquetFormatException($"column '{column}' has {total} rows, more than one array holds; read row groups one by one");
        }

        var result = new TArray[total];
        var offset = 0;
        foreach (var part in parts)
        {
            part.CopyTo(result, offset);
            offset += part.Length;
        }

        return result;
    }

    private long ValidateRowGroups()
    {
        long total = 0;
        for (var g = 0; g < _metadata.RowGroups.Count; g++)
        {
            var group = _metadata.RowGroups[g];
            if (group.NumRows < 0 || group.NumRows > _options.MaxRowsPerRowGroup)
            {
                throw new ParquetFormatException($"corrupt footer: row group {g} declares {group.NumRows} rows (limit {_options.MaxRowsPerRowGroup})");
            }

            if (group.Columns.Count != _columns.Length)
            {
                throw new ParquetFormatException($"corrupt footer: row group {g} has {group.Columns.Count} column chunks for {_columns.Length} columns");
            }

            for (var c = 0; c < _columns.Length; c++)
            {
                var chunk = group.Columns[c];
                var name = _columns[c].Field.Name;
                if (chunk.Encrypted)
                {
                    throw new ParquetFormatException($"encrypted columns are not supported (column '{name}')");
                }

                if (chunk.FilePath is not null)
                {
                    throw new ParquetFormatException($"column chunks in external files are not supported (column '{name}')");
                }

                var meta = chunk.MetaData ?? throw new ParquetFormatException($"corrupt footer: column '{name}' in row group {g} has no metadata");
                if (meta.Type != _columns[c].Physical)
                {
                    throw new ParquetFormatException($"corrupt footer: column '{name}' in row group {g} has physical type {meta.Type}, schema says {_columns[c].Physical}");
                }
            }

            total += group.NumRows;
        }

        return total;
    }

    private ColumnDescriptor Column(int column)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, _columns.Length);
        return _columns[column];
    }

    private RowGroupMeta RowGroup(int rowGroup)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rowGroup);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(rowGroup, _metadata.RowGroups.Count);
        return _metadata.RowGroups[rowGroup];
    }

    private ColumnMetaData Chunk(int rowGroup, int column)
    {
        Column(column);
        return RowGroup(rowGroup).Columns[column].MetaData!;
    }

    private string Describe(int rowGroup, int column) => $"column '{_columns[column].Field.Name}' in row group {rowGroup}";

    private static (T[] Values, bool[]? Present) Pair<T>(T[] values, bool[]? present) => (values, present);

    private static bool IsContentFailure(Exception e) =>
        e is not (OperationCanceledException or ObjectDisposedException or ArgumentException { ParamName: "input" })
        && (e is not IOException || e is EndOfStreamException);

    private static Dictionary<string, string> ToDictionary(List<KeyValuePair<string, string?>>? pairs)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in pairs ?? [])
        {
            result[key] = value ?? string.Empty;
        }

        return result;
    }
}
