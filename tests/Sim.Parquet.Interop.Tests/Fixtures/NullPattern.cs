namespace Sim.Parquet.Interop.Tests.Fixtures;

/// <summary>Where a test column has nulls. <see cref="Required"/> is a REQUIRED column, the others OPTIONAL.</summary>
public enum NullPattern
{
    Required,
    NoNulls,
    AllNull,
    Alternating,
    Random,
}
