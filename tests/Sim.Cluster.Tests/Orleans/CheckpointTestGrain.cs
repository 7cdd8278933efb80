namespace Sim.Cluster.Tests.Orleans;

internal sealed class CheckpointTestGrain(
    [PersistentState("checkpoint", StorageFixture.StorageName)] IPersistentState<CheckpointTestState> checkpoint)
    : Grain, ICheckpointTestGrain
{
    public Task SaveAsync(int month, byte[] payload)
    {
        checkpoint.State = new CheckpointTestState { Month = month, Payload = payload };
        return checkpoint.WriteStateAsync();
    }

    public Task<CheckpointTestState> LoadAsync() => Task.FromResult(checkpoint.State);

    public Task ClearAsync() => checkpoint.ClearStateAsync();

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
