namespace Sim.Parquet.Bench.Macro;

/// <summary>Which library writes the table in a writer child.</summary>
internal enum WriterKind
{
    /// <summary>Sim.Parquet with its own Snappy compressor.</summary>
    Sim,

    /// <summary>Sim.Parquet with Snappy through the Snappier library.</summary>
    SimSnappier,

    /// <summary>ParquetSharp (Arrow C++), LogicalColumnWriter into buffered row groups, dictionaries per column.</summary>
    ParquetSharp,

    /// <summary>Parquet.Net, its low-level ParquetRowGroupWriter.WriteAsync per column chunk.</summary>
    ParquetNet,
}
