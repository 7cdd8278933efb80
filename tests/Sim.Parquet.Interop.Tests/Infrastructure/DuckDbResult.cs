using System.Data.Common;
using System.Globalization;

namespace Sim.Parquet.Interop.Tests.Infrastructure;

/// <summary>
/// A DuckDB result set held in memory as DuckDB.NET returns it, BLOBs as byte arrays and timestamps as UTC.
/// Exact value comparisons of whole files go through <see cref="DuckDbColumns"/>, which does not depend on
/// DuckDB.NET's conversions (they cannot hold dates outside years 1..9999 nor nanoseconds).
/// </summary>
internal sealed class DuckDbResult
{
    private readonly object?[][] rows;

    private DuckDbResult(IReadOnlyList<DuckDbColumn> columns, object?[][] rows)
    {
        Columns = columns;
        this.rows = rows;
    }

    public IReadOnlyList<DuckDbColumn> Columns { get; }

    public int RowCount => rows.Length;

    /// <summary>Reads the reader's current result set completely.</summary>
    public static DuckDbResult Read(DbDataReader reader)
    {
        var columns = Enumerable.Range(0, reader.FieldCount).Select(i => new DuckDbColumn(reader.GetName(i), reader.GetDataTypeName(i))).ToArray();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[columns.Length];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : Clr(reader.GetValue(i));
            }

            rows.Add(row);
        }

        return new DuckDbResult(columns, [.. rows]);
    }

    public int ColumnIndex(string name)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == name)
            {
                return i;
            }
        }

        throw new ArgumentException($"no column '{name}' in [{string.Join(", ", Columns.Select(c => c.Name))}]", nameof(name));
    }

    public object? Value(int row, int column) => rows[row][column];

    public object? Value(int row, string column) => Value(row, ColumnIndex(column));

    /// <summary>The value as invariant text (booleans lower case, as DuckDB prints them); null for NULL.</summary>
    public string? Text(int row, string column) => rows[row][ColumnIndex(column)] switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString(),
    };

    public long Int64(int row, string column) =>
        Convert.ToInt64(rows[row][ColumnIndex(column)] ?? throw new InvalidOperationException($"{column} is NULL in row {row}"), CultureInfo.InvariantCulture);

    /// <summary>The only value of a one-row, one-column result.</summary>
    public object? Scalar()
    {
        if (rows.Length != 1 || Columns.Count != 1)
        {
            throw new InvalidOperationException($"expected 1x1 result, got {rows.Length}x{Columns.Count}");
        }

        return Value(0, 0);
    }

    private static object Clr(object value)
    {
        switch (value)
        {
            case Stream stream:
                using (stream)
                {
                    var bytes = new MemoryStream();
                    stream.CopyTo(bytes);
                    return bytes.ToArray();
                }

            case DateTime time:
                return DateTime.SpecifyKind(time, DateTimeKind.Utc);
            default:
                return value;
        }
    }
}
