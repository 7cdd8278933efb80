namespace Sim.Parquet.Writing;

/// <summary>Work on a value column once its storage type is known (see <see cref="ValueAppender"/>'s one dispatch).</summary>
internal interface IStorageAction
{
    /// <summary>Runs on <paramref name="column"/>; timestamps count <paramref name="ticksPerUnit"/> ticks per stored unit.</summary>
    void Run<TOut>(ColumnWriter<TOut> column, long ticksPerUnit)
        where TOut : unmanaged;
}
