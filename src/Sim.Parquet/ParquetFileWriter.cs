using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Sim.Parquet.Format;
using Sim.Parquet.Writing;

namespace Sim.Parquet;

/// <summary>
/// Streams a flat Parquet file. Rows arrive in batches: one <c>WriteColumn</c> call per column in
/// schema order, all with the same row count; the batch is committed when its last column is written.
/// Row groups are cut by <see cref="ParquetWriterOptions.RowGroupMaxRows"/> and
/// <see cref="ParquetWriterOptions.RowGroupMaxBytes"/> (possibly inside a batch) and written as soon as
/// they are complete, so memory stays about one row group (or one batch, if larger) whatever the file size.
/// Misuse throws <see cref="ArgumentException"/> or <see cref="InvalidOperationException"/> before any
/// value of the offending call is buffered.
/// </summary>
public sealed class ParquetFileWriter : IDisposable, IAsyncDisposable
{
    private readonly Stream _output;
    private readonly ParquetWriterOptions _options;
    private readonly ColumnWriter[] _columns;
    private readonly WriterResources _shared;
    private readonly FileAssembler _file;
    private readonly BatchPlan _plan = new();
    private int _nextColumn;
    private long _groupRows;
    private State _state;

    /// <summary>Starts a file on <paramref name="output"/> (writes the leading magic at once).</summary>
    /// <param name="output">A writable stream; it need not be seekable.</param>
    /// <param name="schema">The columns.</param>
    /// <param name="options">Settings; defaults when null. Do not change them while writing.</param>
    public ParquetFileWriter(Stream output, ParquetSchema schema, ParquetWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(schema);
        if (!output.CanWrite)
        {
            throw new ArgumentException("the output stream is not writable", nameof(output));
        }

        _options = options ?? new ParquetWriterOptions();
        _options.Validate();
        Schema = schema;
        _shared = new WriterResources(_options.Compression);
        _columns = [.. schema.Fields.Select(field => ColumnWriterFactory.Create(field, _options, _shared))];
        _output = output;
        _file = new FileAssembler(output);
    }

    private enum State
    {
        Open,
        Completed,
        Failed,
        Disposed,
    }

    /// <summary>The schema being written.</summary>
    public ParquetSchema Schema { get; }

    /// <summary>Rows of all committed batches.</summary>
    public long RowsWritten { get; private set; }

    /// <summary>Row groups written to the stream so far.</summary>
    public int RowGroupsWritten => _file.RowGroupCount;

    /// <summary>Index of the column the next <c>WriteColumn</c> call must supply.</summary>
    public int NextColumn => _nextColumn;

    /// <summary>Bytes of buffers the writer currently holds (pages, dictionaries, finished chunks).</summary>
    internal long RetainedBytes => _shared.RetainedBytes + _columns.Sum(column => column.RetainedBytes);

    /// <summary>Largest <see cref="RetainedBytes"/> seen at a batch commit.</summary>
    internal long PeakRetainedBytes { get; private set; }

    /// <summary>Writes the next column of the batch; the column must be REQUIRED-compatible (no nulls).</summary>
    /// <typeparam name="T">The column's CLR element type (see <see cref="ParquetType"/>).</typeparam>
    /// <param name="values">One value per row.</param>
    public void WriteColumn<T>(ReadOnlySpan<T> values)
        where T : unmanaged => WriteValues(values, default, hasPresent: false);

    /// <summary>Writes the next column of the batch with a presence flag per row (false = null).</summary>
    /// <typeparam name="T">The column's CLR element type.</typeparam>
    /// <param name="values">One value per row; values of null rows are ignored.</param>
    /// <param name="present">One flag per row; false is allowed only in an OPTIONAL column.</param>
    public void WriteColumn<T>(ReadOnlySpan<T> values, ReadOnlySpan<bool> present)
        where T : unmanaged => WriteValues(values, present, hasPresent: true);

    /// <summary>Writes the next column (a String column); null entries are nulls.</summary>
    /// <param name="values">One string per row.</param>
    public void WriteColumn(ReadOnlySpan<string?> values) => WriteReferences(values, typeof(string));

    /// <summary>Writes the next column (a Binary column); null entries are nulls.</summary>
    /// <param name="values">One byte array per row.</param>
    public void WriteColumn(ReadOnlySpan<byte[]?> values) => WriteReferences(values, typeof(byte[]));

    /// <summary>
    /// Writes the next column (a String column) from one-byte category codes: row <c>i</c> holds
    /// <c>categories[codes[i]]</c>. The file is byte for byte the one <see cref="WriteColumn(ReadOnlySpan{string})"/>
    /// writes with those strings, but a dictionary page maps each code once instead of looking up every row's string.
    /// </summary>
    /// <param name="codes">One code per row, each less than the number of categories.</param>
    /// <param name="categories">The strings the codes stand for (none null).</param>
    public void WriteCategories(ReadOnlySpan<byte> codes, IReadOnlyList<string> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var column = BeginColumn(typeof(string), codes.Length);
        // The snapshot passes the same arrays chunk after chunk: no copy of those (the writer never changes them).
        var names = categories as string[] ?? [.. categories];
        if (Array.IndexOf(names, null) is var nullAt and >= 0)
        {
            throw new ArgumentException($"column '{column.Field.Name}': category {nullAt} is null", nameof(categories));
        }

        if (names.Length <= byte.MaxValue && codes.IndexOfAnyInRange((byte)names.Length, byte.MaxValue) is var badAt and >= 0)
        {
            throw new ArgumentException(
                $"column '{column.Field.Name}': row {badAt} has code {codes[badAt]} but there are {names.Length} categories", nameof(codes));
        }

        WriteSegments(column, codes.Length, new CategorySegments((ColumnWriter<string?>)column, codes, names));
    }

    /// <summary>
    /// Writes the next column of the batch with <paramref name="value"/> in each of its <paramref name="rows"/> rows:
    /// the bytes <see cref="WriteColumn{T}(ReadOnlySpan{T})"/> writes for that many copies, without the per-row work
    /// (one conversion and one dictionary lookup, then copied indices).
    /// </summary>
    /// <typeparam name="T">The column's CLR element type.</typeparam>
    /// <param name="value">The value of every row.</param>
    /// <param name="rows">The batch's row count.</param>
    public void WriteRepeated<T>(T value, int rows)
        where T : unmanaged
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        var column = BeginColumn(typeof(T), rows);
        if (typeof(T) == typeof(DateTime))
        {
            WriteChecks.CheckKinds(column.Field, [Unsafe.As<T, DateTime>(ref value)], default);
        }

        WriteSegments(column, rows, new RepeatedSegments<T>(column, value));
    }

    /// <summary>Like <see cref="WriteColumn{T}(ReadOnlySpan{T})"/>, checking that the next column is <paramref name="column"/>.</summary>
    /// <typeparam name="T">The column's CLR element type.</typeparam>
    /// <param name="column">Name of the column expected next.</param>
    /// <param name="values">One value per row.</param>
    public void WriteColumn<T>(string column, ReadOnlySpan<T> values)
        where T : unmanaged
    {
        ExpectColumn(column);
        WriteValues(values, default, hasPresent: false);
    }

    /// <summary>Like <see cref="WriteColumn{T}(ReadOnlySpan{T}, ReadOnlySpan{bool})"/>, checking the column name.</summary>
    /// <typeparam name="T">The column's CLR element type.</typeparam>
    /// <param name="column">Name of the column expected next.</param>
    /// <param name="values">One value per row.</param>
    /// <param name="present">One flag per row.</param>
    public void WriteColumn<T>(string column, ReadOnlySpan<T> values, ReadOnlySpan<bool> present)
        where T : unmanaged
    {
        ExpectColumn(column);
        WriteValues(values, present, hasPresent: true);
    }

    /// <summary>Like <see cref="WriteColumn(ReadOnlySpan{string})"/>, checking the column name.</summary>
    /// <param name="column">Name of the column expected next.</param>
    /// <param name="values">One string per row.</param>
    public void WriteColumn(string column, ReadOnlySpan<string?> values)
    {
        ExpectColumn(column);
        WriteReferences(values, typeof(string));
    }

    /// <summary>Like <see cref="WriteColumn(ReadOnlySpan{byte[]})"/>, checking the column name.</summary>
    /// <param name="column">Name of the column expected next.</param>
    /// <param name="values">One byte array per row.</param>
    public void WriteColumn(string column, ReadOnlySpan<byte[]?> values)
    {
        ExpectColumn(column);
        WriteReferences(values, typeof(byte[]));
    }

    /// <summary>Cuts the current row group now; only between batches.</summary>
    public void FlushRowGroup()
    {
        ThrowIfNotOpen();
        ThrowIfMidBatch(nameof(FlushRowGroup));
        Guard(CutRowGroup);
    }

    /// <summary>Writes the last row group and the footer. Idempotent; Dispose calls it.</summary>
    public void Complete()
    {
        if (_state == State.Completed)
        {
            return;
        }

        ThrowIfNotOpen();
        ThrowIfMidBatch(nameof(Complete));
        Guard(() =>
        {
            CutRowGroup();
            _file.WriteFooter(Schema, RowsWritten, _options);
        });
        _state = State.Completed;
        ReleaseColumns();
    }

    /// <summary>Completes the file (unless a batch is half written, which leaves it without a footer) and releases buffers.</summary>
    public void Dispose()
    {
        if (!CloseFile())
        {
            return;
        }

        if (!_options.LeaveOpen)
        {
            _output.Dispose();
        }
    }

    /// <summary>Asynchronous <see cref="Dispose"/>.</summary>
    /// <returns>A task completing when the file is written and, if so configured, the stream closed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (!CloseFile())
        {
            return;
        }

        if (!_options.LeaveOpen)
        {
            await _output.DisposeAsync().ConfigureAwait(false);
        }
    }

    private bool CloseFile()
    {
        if (_state == State.Disposed)
        {
            return false;
        }

        try
        {
            if (_state == State.Open && _nextColumn == 0)
            {
                Complete();
            }
        }
        finally
        {
            _state = State.Disposed;
            ReleaseColumns();
        }

        return true;
    }

    private void WriteValues<T>(ReadOnlySpan<T> values, ReadOnlySpan<bool> present, bool hasPresent)
        where T : unmanaged
    {
        var column = BeginColumn(typeof(T), values.Length);
        if (hasPresent)
        {
            if (present.Length != values.Length)
            {
                throw new ArgumentException(
                    $"column '{column.Field.Name}': {present.Length} presence flags for {values.Length} values", nameof(present));
            }

            if (!column.Field.Nullable && present.Contains(false))
            {
                throw WriteChecks.NullInRequired(column.Field, present.IndexOf(false));
            }
        }

        if (typeof(T) == typeof(DateTime))
        {
            WriteChecks.CheckKinds(column.Field, MemoryMarshal.Cast<T, DateTime>(values), hasPresent ? present : default);
        }

        WriteSegments(column, values.Length, new ValueSegments<T>(column, values, present, hasPresent));
    }

    private void WriteReferences<TKey>(ReadOnlySpan<TKey?> values, Type clrType)
        where TKey : class
    {
        var column = BeginColumn(clrType, values.Length);
        if (!column.Field.Nullable && values.IndexOf((TKey?)null) is var nullAt and >= 0)
        {
            throw WriteChecks.NullInRequired(column.Field, nullAt);
        }

        WriteSegments(column, values.Length, new ReferenceSegments<TKey>((ColumnWriter<TKey?>)column, values));
    }

    /// <summary>Appends a column's batch segment by segment, cutting the column's chunk where the plan cuts row groups.</summary>
    private void WriteSegments<TAppender>(ColumnWriter column, int length, TAppender appender)
        where TAppender : ISegmentAppender, allows ref struct
    {
        Plan(length);
        try
        {
            var offset = 0;
            foreach (var (rows, cut) in _plan.Segments)
            {
                appender.Append(offset, rows);
                offset += rows;
                if (cut)
                {
                    column.FinishChunk();
                }
            }
        }
        catch
        {
            _state = State.Failed;
            throw;
        }

        EndColumn();
    }

    private ColumnWriter BeginColumn(Type clrType, int length)
    {
        ThrowIfNotOpen();
        var column = _columns[_nextColumn];
        var field = column.Field;
        var expected = TypeMap.ClrType(field.Type);
        if (clrType != expected)
        {
            throw WriteChecks.WrongType(field, _nextColumn, expected, clrType);
        }

        if (_nextColumn > 0 && length != _plan.Rows)
        {
            throw WriteChecks.WrongLength(field, length, _plan.Rows, _columns[0].Field.Name);
        }

        return column;
    }

    private void EndColumn()
    {
        if (++_nextColumn < _columns.Length)
        {
            return;
        }

        _nextColumn = 0;
        RowsWritten += _plan.Rows;
        _groupRows = _plan.GroupRowsAfter(_groupRows);

        PeakRetainedBytes = Math.Max(PeakRetainedBytes, RetainedBytes);
        Guard(() =>
        {
            WriteFinishedGroups();
            if (_groupRows > 0 && OpenGroupBytes() >= _options.RowGroupMaxBytes)
            {
                CutRowGroup();
            }
        });
    }

    /// <summary>The first column of a batch decides where the batch is cut into row groups.</summary>
    private void Plan(int rows)
    {
        if (_nextColumn == 0)
        {
            _plan.Build(rows, _groupRows, OpenGroupBytes(), RowsWritten, _file.WrittenUncompressedBytes, _options);
        }
    }

    private long OpenGroupBytes() => _columns.Sum(column => column.ChunkBytes);

    private void CutRowGroup()
    {
        foreach (var column in _columns)
        {
            column.FinishChunk();
        }

        _groupRows = 0;
        WriteFinishedGroups();
    }

    private void WriteFinishedGroups()
    {
        while (_columns[0].CompletedCount > 0)
        {
            _file.WriteRowGroup(_columns);
        }
    }

    private void ExpectColumn(string column)
    {
        ThrowIfNotOpen();
        var expected = _columns[_nextColumn].Field.Name;
        if (!string.Equals(column, expected, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"column '{column}' written out of order: the next column in schema order is '{expected}' (#{_nextColumn})");
        }
    }

    private void Guard(Action action)
    {
        try
        {
            action();
        }
        catch
        {
            _state = State.Failed;
            throw;
        }
    }

    private void ThrowIfNotOpen()
    {
        switch (_state)
        {
            case State.Completed:
                throw new InvalidOperationException("the file is already complete");
            case State.Failed:
                throw new InvalidOperationException("the writer failed earlier and cannot continue");
            case State.Disposed:
                throw new ObjectDisposedException(nameof(ParquetFileWriter));
        }
    }

    private void ThrowIfMidBatch(string operation)
    {
        if (_nextColumn != 0)
        {
            throw new InvalidOperationException(
                $"{operation} in the middle of a batch: {_nextColumn} of {_columns.Length} columns written, next is '{_columns[_nextColumn].Field.Name}'");
        }
    }

    private void ReleaseColumns()
    {
        foreach (var column in _columns)
        {
            column.Dispose();
        }

        _shared.Dispose();
    }
}
