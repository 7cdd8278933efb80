namespace Sim.Parquet.Bench.Macro;

/// <summary>Which library writes the table in a writer child.</summary>
internal enum WriterKind
{
    /// <summary>Sim.Parquet.</summary>
    Sim,

    /// <summary>ParquetSharp (Arrow C++), LogicalColumnWriter into buffered row groups, dictionaries per column.</summary>
    ParquetSharp,

    /// <summary>Parquet.Net, its low-level ParquetRowGroupWriter.WriteAsync per column chunk.</summary>
    ParquetNet,
}
