using System.Text.Json;

namespace Sim.Parquet.Interop.Tests.Infrastructure;

/// <summary>A DuckDB result set as printed by duckdb-query.mjs, with values turned into CLR values on demand.</summary>
internal sealed class DuckDbResult
{
    private readonly JsonElement[][] rows;

    private DuckDbResult(IReadOnlyList<DuckDbColumn> columns, JsonElement[][] rows)
    {
        Columns = columns;
        this.rows = rows;
    }

    public IReadOnlyList<DuckDbColumn> Columns { get; }

    public int RowCount => rows.Length;

    public static DuckDbResult Parse(JsonElement element)
    {
        var columns = element.GetProperty("columns").EnumerateArray()
            .Select(c => new DuckDbColumn(c.GetProperty("name").GetString()!, c.GetProperty("type").GetString()!))
            .ToArray();
        var rows = element.GetProperty("rows").EnumerateArray()
            .Select(r => r.EnumerateArray().Select(v => v.Clone()).ToArray())
            .ToArray();
        return new DuckDbResult(columns, rows);
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

    /// <summary>The value converted by its DuckDB type (see <see cref="DuckDbValues.ToClr"/>).</summary>
    public object? Value(int row, int column) => DuckDbValues.ToClr(rows[row][column], Columns[column].Type);

    public object? Value(int row, string column) => Value(row, ColumnIndex(column));

    /// <summary>All values of a column, converted by its DuckDB type.</summary>
    public object?[] Column(int column)
    {
        var values = new object?[rows.Length];
        for (var r = 0; r < rows.Length; r++)
        {
            values[r] = Value(r, column);
        }

        return values;
    }

    public object?[] Column(string name) => Column(ColumnIndex(name));

    public string? Text(int row, string column)
    {
        var value = rows[row][ColumnIndex(column)];
        return value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => value.GetString(),
            _ => value.GetRawText(),
        };
    }

    public long Int64(int row, string column) =>
        long.Parse(Text(row, column) ?? throw new InvalidOperationException($"{column} is NULL in row {row}"));

    /// <summary>The only value of a one-row, one-column result.</summary>
    public object? Scalar()
    {
        if (rows.Length != 1 || Columns.Count != 1)
        {
            throw new InvalidOperationException($"expected 1x1 result, got {rows.Length}x{Columns.Count}");
        }

        return Value(0, 0);
    }
}
