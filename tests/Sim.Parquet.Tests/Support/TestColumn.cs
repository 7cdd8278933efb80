using System.Runtime.InteropServices;

namespace Sim.Parquet.Tests.Support;

/// <summary>
/// A column of test data: <see cref="Input"/> is what is written (arbitrary values at null rows),
/// <see cref="Values"/> the expected read-back (default at nulls), <see cref="Present"/> the null
/// flags of an OPTIONAL value column (null for REQUIRED and for string/binary columns).
/// </summary>
internal sealed class TestColumn
{
    public TestColumn(ParquetField field, Array input, Array values, bool[]? present)
    {
        Field = field;
        Input = input;
        Values = values;
        Present = present;
    }

    public ParquetField Field { get; }

    public Array Input { get; }

    public Array Values { get; }

    public bool[]? Present { get; }

    public int Rows => Values.Length;

    /// <summary>Writes rows [start, start+count) as this column's part of a batch.</summary>
    public void Write(ParquetFileWriter writer, int start, int count)
    {
        switch (Input)
        {
            case string?[] strings:
                writer.WriteColumn(strings.AsSpan(start, count));
                break;
            case byte[]?[] binary:
                writer.WriteColumn(binary.AsSpan(start, count));
                break;
            // The CLR lets sbyte[] match byte[] (and int[] uint[]...), so test the exact type.
            case bool[] v: WriteValues(writer, v, start, count); break;
            case sbyte[] v when Input.GetType() == typeof(sbyte[]): WriteValues(writer, v, start, count); break;
            case short[] v when Input.GetType() == typeof(short[]): WriteValues(writer, v, start, count); break;
            case int[] v when Input.GetType() == typeof(int[]): WriteValues(writer, v, start, count); break;
            case long[] v when Input.GetType() == typeof(long[]): WriteValues(writer, v, start, count); break;
            case byte[] v: WriteValues(writer, v, start, count); break;
            case ushort[] v: WriteValues(writer, v, start, count); break;
            case uint[] v: WriteValues(writer, v, start, count); break;
            case ulong[] v: WriteValues(writer, v, start, count); break;
            case float[] v: WriteValues(writer, v, start, count); break;
            case double[] v: WriteValues(writer, v, start, count); break;
            case DateOnly[] v: WriteValues(writer, v, start, count); break;
            case DateTime[] v: WriteValues(writer, v, start, count); break;
            default: throw new InvalidOperationException(Input.GetType().Name);
        }
    }

    /// <summary>Reads the column back (all row groups) and compares bit for bit; returns a mismatch description or null.</summary>
    public string? Verify(ParquetFileReader reader)
    {
        var index = reader.Schema.IndexOf(Field.Name);
        if (index < 0 || reader.Schema.Fields[index] != Field)
        {
            return $"field {Field} read back as {(index < 0 ? "missing" : reader.Schema.Fields[index].ToString())}";
        }

        return Values switch
        {
            string?[] strings => Compare(strings, reader.ReadAllStrings(Field.Name)),
            byte[]?[] binary => Compare(binary, reader.ReadAllBinary(Field.Name)),
            bool[] v => CompareValues(v, reader, index),
            sbyte[] v when Values.GetType() == typeof(sbyte[]) => CompareValues(v, reader, index),
            short[] v when Values.GetType() == typeof(short[]) => CompareValues(v, reader, index),
            int[] v when Values.GetType() == typeof(int[]) => CompareValues(v, reader, index),
            long[] v when Values.GetType() == typeof(long[]) => CompareValues(v, reader, index),
            byte[] v => CompareValues(v, reader, index),
            ushort[] v => CompareValues(v, reader, index),
            uint[] v => CompareValues(v, reader, index),
            ulong[] v => CompareValues(v, reader, index),
            float[] v => CompareValues(v, reader, index),
            double[] v => CompareValues(v, reader, index),
            DateOnly[] v => CompareValues(v, reader, index),
            DateTime[] v => CompareValues(v, reader, index),
            _ => throw new InvalidOperationException(Values.GetType().Name),
        };
    }

    private void WriteValues<T>(ParquetFileWriter writer, T[] values, int start, int count)
        where T : unmanaged
    {
        if (Present is null)
        {
            writer.WriteColumn<T>(values.AsSpan(start, count));
        }
        else
        {
            writer.WriteColumn<T>(values.AsSpan(start, count), Present.AsSpan(start, count));
        }
    }

    private string? CompareValues<T>(T[] expected, ParquetFileReader reader, int index)
        where T : unmanaged
    {
        var actual = new List<T>();
        var present = new List<bool>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            actual.AddRange(reader.ReadColumn<T>(g, index, out var p));
            if (p is null != (Present is null))
            {
                return $"{Field.Name}: presence flags {(p is null ? "missing" : "unexpected")}";
            }

            present.AddRange(p ?? []);
        }

        if (Present is not null && !Present.AsSpan().SequenceEqual(CollectionsMarshal.AsSpan(present)))
        {
            return $"{Field.Name}: null flags differ";
        }

        var a = MemoryMarshal.AsBytes(expected.AsSpan());
        var b = MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(actual));
        if (a.SequenceEqual(b))
        {
            return null;
        }

        for (var i = 0; i < Math.Min(expected.Length, actual.Count); i++)
        {
            if (!EqualityComparer<T>.Default.Equals(expected[i], actual[i]))
            {
                return $"{Field.Name}: row {i} expected {expected[i]} got {actual[i]} ({actual.Count} rows read, {expected.Length} expected)";
            }
        }

        return $"{Field.Name}: {actual.Count} rows read, {expected.Length} expected (or bit patterns differ)";
    }

    private string? Compare<T>(T?[] expected, T?[] actual)
        where T : class
    {
        if (expected.Length != actual.Length)
        {
            return $"{Field.Name}: {actual.Length} rows read, {expected.Length} expected";
        }

        for (var i = 0; i < expected.Length; i++)
        {
            var same = expected[i] is byte[] eb && actual[i] is byte[] ab ? eb.AsSpan().SequenceEqual(ab) : Equals(expected[i], actual[i]);
            if (!same)
            {
                return $"{Field.Name}: row {i} expected '{expected[i]}' got '{actual[i]}'";
            }
        }

        return null;
    }
}
