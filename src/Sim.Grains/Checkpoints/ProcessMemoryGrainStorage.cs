using System.Collections.Concurrent;
using System.Globalization;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace Sim.Grains.Checkpoints;

/// <summary>
/// Grain storage in this process's memory, shared by every silo of an embedded cluster: a checkpoint outlives the
/// death of the silo that wrote it (Orleans' memory storage keeps state in grains, which die with their silo).
/// States are stored by reference, so stored types must be immutable (the checkpoint records are).
/// </summary>
public sealed class ProcessMemoryGrainStorage : IGrainStorage
{
    private readonly ConcurrentDictionary<(string State, GrainId Grain), (object Value, string ETag)> _states = new();
    private long _version;

    /// <inheritdoc />
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        if (_states.TryGetValue((stateName, grainId), out var stored))
        {
            grainState.State = (T)stored.Value;
            grainState.ETag = stored.ETag;
            grainState.RecordExists = true;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var etag = Interlocked.Increment(ref _version).ToString(CultureInfo.InvariantCulture);
        _states[(stateName, grainId)] = (grainState.State!, etag);
        grainState.ETag = etag;
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        _states.TryRemove((stateName, grainId), out _);
        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }
}
