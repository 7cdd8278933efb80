namespace Sim.Cluster.Tests.Orleans;

/// <summary>A grain that keeps a <see cref="CheckpointTestState"/> in the ADO.NET grain storage.</summary>
public interface ICheckpointTestGrain : IGrainWithStringKey
{
    Task SaveAsync(int month, byte[] payload);

    Task<CheckpointTestState> LoadAsync();

    Task ClearAsync();

    /// <summary>Deactivates after this call, so that the next call activates the grain again from storage.</summary>
    Task DeactivateAsync();
}
