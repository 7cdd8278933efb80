using Sim.Parquet;

namespace Sim.Reporting.Runs;

/// <summary>Reads columns of the output tables by name, accepting any integer or floating type as a number.</summary>
internal static class ParquetColumns
{
    /// <summary>Whether a Parquet type holds numbers.</summary>
    public static bool IsNumeric(ParquetType type) => type is ParquetType.Int8 or ParquetType.Int16 or ParquetType.Int32
        or ParquetType.Int64 or ParquetType.UInt8 or ParquetType.UInt16 or ParquetType.UInt32 or ParquetType.UInt64
        or ParquetType.Float or ParquetType.Double;

    /// <summary>Every value of a numeric column as doubles (nulls read as 0).</summary>
    public static double[] Numbers(ParquetFileReader reader, string column, string path)
    {
        var index = Require(reader, column, path);
        var type = reader.Schema.Fields[index].Type;
        return type switch
        {
            ParquetType.Int8 => Array.ConvertAll(reader.ReadAll<sbyte>(column), v => (double)v),
            ParquetType.Int16 => Array.ConvertAll(reader.ReadAll<short>(column), v => (double)v),
            ParquetType.Int32 => Array.ConvertAll(reader.ReadAll<int>(column), v => (double)v),
            ParquetType.Int64 => Array.ConvertAll(reader.ReadAll<long>(column), v => (double)v),
            ParquetType.UInt8 => Array.ConvertAll(reader.ReadAll<byte>(column), v => (double)v),
            ParquetType.UInt16 => Array.ConvertAll(reader.ReadAll<ushort>(column), v => (double)v),
            ParquetType.UInt32 => Array.ConvertAll(reader.ReadAll<uint>(column), v => (double)v),
            ParquetType.UInt64 => Array.ConvertAll(reader.ReadAll<ulong>(column), v => (double)v),
            ParquetType.Float => Array.ConvertAll(reader.ReadAll<float>(column), v => (double)v),
            ParquetType.Double => reader.ReadAll<double>(column),
            _ => throw new ReportInputException($"{path}: column '{column}' has type {type}; a number is required"),
        };
    }

    /// <summary>Every value of a DATE column.</summary>
    public static DateOnly[] Dates(ParquetFileReader reader, string column, string path)
    {
        var index = Require(reader, column, path);
        var type = reader.Schema.Fields[index].Type;
        return type == ParquetType.Date
            ? reader.ReadAll<DateOnly>(column)
            : throw new ReportInputException($"{path}: column '{column}' has type {type}; a DATE is required");
    }

    /// <summary>Every value of a STRING column; a null is bad input.</summary>
    public static string[] Strings(ParquetFileReader reader, string column, string path)
    {
        var index = Require(reader, column, path);
        var type = reader.Schema.Fields[index].Type;
        if (type != ParquetType.String)
        {
            throw new ReportInputException($"{path}: column '{column}' has type {type}; a STRING is required");
        }

        return Array.ConvertAll(reader.ReadAllStrings(column), v => v ?? throw new ReportInputException($"{path}: column '{column}' holds a null"));
    }

    /// <summary>The first of <paramref name="names"/> the file has (columns renamed between versions).</summary>
    public static string OneOf(ParquetFileReader reader, string path, params string[] names) =>
        names.FirstOrDefault(n => reader.Schema.IndexOf(n) >= 0)
        ?? throw new ReportInputException($"{path}: lacks column {string.Join(" or ", names.Select(n => $"'{n}'"))}");

    private static int Require(ParquetFileReader reader, string column, string path)
    {
        var index = reader.Schema.IndexOf(column);
        return index >= 0 ? index : throw new ReportInputException($"{path}: lacks column '{column}'");
    }
}
