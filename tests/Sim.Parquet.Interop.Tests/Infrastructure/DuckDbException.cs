namespace Sim.Parquet.Interop.Tests.Infrastructure;

/// <summary>DuckDB rejected a statement, or the embedded DuckDB could not start.</summary>
public sealed class DuckDbException : Exception
{
    public DuckDbException(string message)
        : base(message)
    {
    }

    public DuckDbException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public DuckDbException()
    {
    }
}
