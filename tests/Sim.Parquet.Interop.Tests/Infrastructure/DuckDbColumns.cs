using System.Globalization;
using System.Text;

namespace Sim.Parquet.Interop.Tests.Infrastructure;

/// <summary>
/// Every value of a Parquet file as DuckDB reads it, fetched column-wise: DuckDB turns each column into one
/// string of exact tokens (decimal integers, shortest round-trip floats, hex for text and bytes, epoch counts
/// for dates and timestamps), in file row order. The tokens are exact where DuckDB.NET's own conversions are
/// not (dates outside years 1..9999, nanosecond timestamps), and one string per column is cheap to fetch.
/// </summary>
internal sealed class DuckDbColumns
{
    private const string NullToken = "N";
    private static readonly int UnixEpochDay = new DateOnly(1970, 1, 1).DayNumber;

    private readonly object?[][] values;

    private DuckDbColumns(IReadOnlyList<DuckDbColumn> columns, object?[][] values, long rowCount)
    {
        Columns = columns;
        this.values = values;
        RowCount = rowCount;
    }

    /// <summary>Column names and DuckDB types, as <c>DESCRIBE</c> reports them.</summary>
    public IReadOnlyList<DuckDbColumn> Columns { get; }

    public long RowCount { get; }

    public object?[] Column(int column) => values[column];

    /// <summary>Reads the whole file with DuckDB (two requests: DESCRIBE, then one aggregate per column).</summary>
    public static DuckDbColumns ReadParquet(string path)
    {
        var describe = DuckDb.Shared.QueryOne($"DESCRIBE SELECT * FROM {Sql.ReadParquet(path)}");
        var columns = Enumerable.Range(0, describe.RowCount)
            .Select(r => new DuckDbColumn(describe.Text(r, "column_name")!, describe.Text(r, "column_type")!))
            .ToArray();
        var aggregates = columns.Select(c =>
            $"string_agg(coalesce({Token(Sql.Identifier(c.Name), c.Type)}, '{NullToken}'), ',' ORDER BY file_row_number)");
        var sql = $"SELECT count(*)::VARCHAR{string.Concat(aggregates.Select(a => ", " + a))} " +
                  $"FROM read_parquet({Sql.Literal(path)}, file_row_number = true)";
        var result = DuckDb.Shared.QueryOne(sql);
        var rows = long.Parse(result.Text(0, result.Columns[0].Name)!, CultureInfo.InvariantCulture);
        var parsed = new object?[columns.Length][];
        for (var c = 0; c < columns.Length; c++)
        {
            var text = result.Text(0, result.Columns[c + 1].Name);
            var tokens = rows == 0 ? [] : text!.Split(',');
            if (tokens.Length != rows)
            {
                throw new DuckDbException($"column {columns[c].Name}: {tokens.Length} tokens for {rows} rows");
            }

            parsed[c] = [.. tokens.Select(t => t == NullToken ? null : Parse(t, columns[c].Type))];
        }

        return new DuckDbColumns(columns, parsed, rows);
    }

    /// <summary>SQL turning a value into a token without commas that <see cref="Parse"/> reads back exactly.</summary>
    private static string Token(string column, string type) => type switch
    {
        "BOOLEAN" => $"{column}::INTEGER::VARCHAR",
        "TINYINT" or "SMALLINT" or "INTEGER" or "BIGINT" or "HUGEINT" or "UTINYINT" or "USMALLINT" or "UINTEGER" or "UBIGINT"
            or "UHUGEINT" or "FLOAT" or "DOUBLE" => $"{column}::VARCHAR",
        "VARCHAR" or "BLOB" => $"hex({column})",
        "DATE" => $"({column} - DATE '1970-01-01')::VARCHAR",
        "TIMESTAMP_NS" => $"epoch_ns({column})::VARCHAR",
        "TIMESTAMP" or "TIMESTAMP WITH TIME ZONE" or "TIMESTAMP_MS" or "TIMESTAMP_S" => $"epoch_us({column}::TIMESTAMP)::VARCHAR",
        _ => $"hex({column}::VARCHAR)",
    };

    /// <summary>
/// The CLR value Sim.Parquet uses for the token: BOOLEAN→bool, TINYINT→sbyte, SMALLINT→short, INTEGER→int,
/// BIGINT→long, UTINYINT→byte, USMALLINT→ushort, UINTEGER→uint, UBIGINT→ulong, HUGEINT→BigInteger, FLOAT→float,
/// DOUBLE→double, VARCHAR→string, BLOB→byte[], DATE→DateOnly, TIMESTAMP*→DateTime (UTC; nanoseconds floored to
/// 100 ns ticks; clamped to years 1..9999); other types keep DuckDB's text.
/// </summary>
    private static object Parse(string token, string type) => type switch
    {
        "BOOLEAN" => token == "1",
        "TINYINT" => sbyte.Parse(token, CultureInfo.InvariantCulture),
        "SMALLINT" => short.Parse(token, CultureInfo.InvariantCulture),
        "INTEGER" => int.Parse(token, CultureInfo.InvariantCulture),
        "BIGINT" => long.Parse(token, CultureInfo.InvariantCulture),
        "UTINYINT" => byte.Parse(token, CultureInfo.InvariantCulture),
        "USMALLINT" => ushort.Parse(token, CultureInfo.InvariantCulture),
        "UINTEGER" => uint.Parse(token, CultureInfo.InvariantCulture),
        "UBIGINT" => ulong.Parse(token, CultureInfo.InvariantCulture),
        "HUGEINT" or "UHUGEINT" => System.Numerics.BigInteger.Parse(token, CultureInfo.InvariantCulture),
        "FLOAT" => token switch
        {
            "nan" or "-nan" => float.NaN,
            "inf" => float.PositiveInfinity,
            "-inf" => float.NegativeInfinity,
            _ => float.Parse(token, CultureInfo.InvariantCulture),
        },
        "DOUBLE" => token switch
        {
            "nan" or "-nan" => double.NaN,
            "inf" => double.PositiveInfinity,
            "-inf" => double.NegativeInfinity,
            _ => double.Parse(token, CultureInfo.InvariantCulture),
        },
        "VARCHAR" => Encoding.UTF8.GetString(Convert.FromHexString(token)),
        "BLOB" => Convert.FromHexString(token),
        "DATE" => DateOnly.FromDayNumber(UnixEpochDay + int.Parse(token, CultureInfo.InvariantCulture)),
        "TIMESTAMP_NS" => FromTicks(FloorDiv(Int128.Parse(token, CultureInfo.InvariantCulture), 100)),
        "TIMESTAMP" or "TIMESTAMP WITH TIME ZONE" or "TIMESTAMP_MS" or "TIMESTAMP_S" => FromTicks(Int128.Parse(token, CultureInfo.InvariantCulture) * 10),
        _ => Encoding.UTF8.GetString(Convert.FromHexString(token)),
    };

    /// <summary>
    /// A UTC DateTime; instants outside years 1..9999 clamp to MinValue/MaxValue, as our reader does with
    /// <see cref="ParquetReaderOptions.ClampOutOfRangeDates"/>.
    /// </summary>
    internal static DateTime FromTicks(Int128 ticksSinceEpoch) =>
        new((long)Int128.Clamp(ticksSinceEpoch + DateTime.UnixEpoch.Ticks, 0, DateTime.MaxValue.Ticks), DateTimeKind.Utc);

    private static Int128 FloorDiv(Int128 a, Int128 b)
    {
        var q = a / b;
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
    }
}
