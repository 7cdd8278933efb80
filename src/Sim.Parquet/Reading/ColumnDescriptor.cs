using Sim.Parquet.Format;

namespace Sim.Parquet.Reading;

/// <summary>A leaf column as the reader sees it: the public field plus its physical layout.</summary>
internal sealed record ColumnDescriptor(ParquetField Field, PhysicalType Physical, int TypeLength, int Index)
{
    /// <summary>1 for OPTIONAL (flat schemas only), 0 for REQUIRED.</summary>
    public int MaxDefinitionLevel => Field.Nullable ? 1 : 0;
}
