namespace Sim.Parquet.Interop.Tests.Infrastructure;

/// <summary>Helpers for building SQL text with literals and identifiers quoted.</summary>
internal static class Sql
{
    public static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    public static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary><c>read_parquet('path')</c> with the path quoted.</summary>
    public static string ReadParquet(string path) => $"read_parquet({Literal(path)})";
}
