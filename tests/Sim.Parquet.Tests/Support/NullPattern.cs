namespace Sim.Parquet.Tests.Support;

/// <summary>Where nulls fall in an OPTIONAL test column.</summary>
public enum NullPattern
{
    None,
    All,
    Alternating,
    Random,
}
