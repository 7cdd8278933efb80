using Orleans.Storage;

namespace Sim.Cluster.Tests.Orleans;

/// <summary>Orleans' ADO.NET grain storage (10.4.2, Npgsql) on the project's schema in a real PostgreSQL.</summary>
public sealed class AdoNetGrainStorageTests(StorageFixture fixture) : IClassFixture<StorageFixture>
{
    private const int MiB = 1 << 20;

    [Fact]
    public async Task A_grain_writes_reads_overwrites_and_clears_a_state_of_a_few_megabytes()
    {
        var key = "grain-" + Guid.NewGuid().ToString("N");
        var grain = fixture.Grains.GetGrain<ICheckpointTestGrain>(key);
        var first = Pattern(4 * MiB, seed: 1);
        var second = Pattern(3 * MiB, seed: 2);

        await grain.SaveAsync(12, first);
        Assert.Equal((1, true), await RowAsync(key));
        Assert.InRange(await PayloadBytesAsync(key), first.Length, first.Length + 256);
        await grain.DeactivateAsync();
        var loaded = await grain.LoadAsync();
        Assert.Equal(12, loaded.Month);
        Assert.Equal(first, loaded.Payload);

        await grain.SaveAsync(24, second);
        Assert.Equal((2, true), await RowAsync(key));
        await grain.DeactivateAsync();
        loaded = await grain.LoadAsync();
        Assert.Equal(24, loaded.Month);
        Assert.Equal(second, loaded.Payload);

        await grain.ClearAsync();
        Assert.Equal((3, false), await RowAsync(key));
        await grain.DeactivateAsync();
        loaded = await grain.LoadAsync();
        Assert.Equal(0, loaded.Month);
        Assert.Null(loaded.Payload);

        // The version kept counting through the clear, so a new activation writes on top of it.
        await grain.SaveAsync(36, first);
        Assert.Equal((4, true), await RowAsync(key));
        Assert.DoesNotContain(fixture.Errors.Entries, e => e.StartsWith("Error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_storage_round_trips_a_50_MB_checkpoint_and_refuses_stale_writes()
    {
        var grainId = GrainId.Create("checkpoint-test", "direct-" + Guid.NewGuid().ToString("N"));
        var payload = Pattern(50 * MiB, seed: 3);
        var written = new GrainState<CheckpointTestState>(new CheckpointTestState { Month = 60, Payload = payload });

        await fixture.Storage.WriteStateAsync("checkpoint-test", grainId, written);
        Assert.Equal("1", written.ETag);
        var read = new GrainState<CheckpointTestState>(new CheckpointTestState());
        await fixture.Storage.ReadStateAsync("checkpoint-test", grainId, read);
        var state = Assert.IsType<CheckpointTestState>(read.State);
        Assert.Equal(("1", true, 60), (read.ETag, read.RecordExists, state.Month));
        Assert.True(payload.AsSpan().SequenceEqual(state.Payload), "the payload read back differs from the one written");

        // A writer that never read the state, and one holding an old version, both conflict and change nothing.
        var blind = new GrainState<CheckpointTestState>(new CheckpointTestState { Month = 1 });
        await Assert.ThrowsAsync<InconsistentStateException>(() => fixture.Storage.WriteStateAsync("checkpoint-test", grainId, blind));
        read.State = new CheckpointTestState { Month = 72, Payload = [1, 2, 3] };
        await fixture.Storage.WriteStateAsync("checkpoint-test", grainId, read);
        Assert.Equal("2", read.ETag);
        await Assert.ThrowsAsync<InconsistentStateException>(() => fixture.Storage.WriteStateAsync("checkpoint-test", grainId, written));

        await fixture.Storage.ClearStateAsync("checkpoint-test", grainId, read);
        Assert.Equal("3", read.ETag);
        var cleared = new GrainState<CheckpointTestState>(new CheckpointTestState());
        await fixture.Storage.ReadStateAsync("checkpoint-test", grainId, cleared);
        Assert.Equal(("3", false), (cleared.ETag, cleared.RecordExists));
        Assert.Null(Assert.IsType<CheckpointTestState>(cleared.State).Payload);
    }

    /// <summary>Bytes that differ from any other seed's and do not compress to nothing.</summary>
    private static byte[] Pattern(int length, int seed)
    {
        var bytes = new byte[length];
        uint x = (uint)seed * 2654435761u;
        for (var i = 0; i < bytes.Length; i++)
        {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            bytes[i] = (byte)x;
        }

        return bytes;
    }

    private async Task<(int Version, bool HasPayload)> RowAsync(string key)
    {
        var version = await fixture.Database.ScalarAsync<int>($"SELECT Version FROM OrleansStorage WHERE GrainIdExtensionString LIKE '%{key}%'");
        var hasPayload = await fixture.Database.ScalarAsync<bool>($"SELECT PayloadBinary IS NOT NULL FROM OrleansStorage WHERE GrainIdExtensionString LIKE '%{key}%'");
        return (version, hasPayload);
    }

    private Task<long> PayloadBytesAsync(string key) =>
        fixture.Database.ScalarAsync<long>($"SELECT octet_length(PayloadBinary) FROM OrleansStorage WHERE GrainIdExtensionString LIKE '%{key}%'");
}
