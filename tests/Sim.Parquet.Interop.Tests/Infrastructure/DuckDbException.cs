namespace Sim.Parquet.Interop.Tests.Infrastructure;

/// <summary>DuckDB rejected a statement, or the node process running it failed.</summary>
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
