using Sim.Parquet;

namespace Sim.Output.Dictionary;

/// <summary>One table of a run's outputs: a Hive-style folder of Parquet part files sharing one schema.</summary>
/// <param name="Name">Table name, also the folder under the run (e.g. <c>region_month</c>).</param>
/// <param name="PathPattern">Where its files are, relative to the run folder.</param>
/// <param name="Grain">What one row is.</param>
/// <param name="Description">What the table is for.</param>
/// <param name="Columns">Columns in file order.</param>
public sealed record OutputTable(string Name, string PathPattern, string Grain, string Description, IReadOnlyList<OutputColumn> Columns)
{
    /// <summary>The Parquet schema of the table's files.</summary>
    public ParquetSchema Schema => new(Columns.Select(c => c.ToField()));

    /// <summary>The index of column <paramref name="name"/>; throws when absent.</summary>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == name)
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"table {Name} has no column '{name}'");
    }
}
