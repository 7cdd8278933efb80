namespace Sim.Runtime.Tests.Membership;

public sealed class InMemoryMembershipTableTests
{
    private static readonly SiloAddress A = new("a", 1);
    private static readonly SiloAddress B = new("b", 1);

    [Fact]
    public async Task Insert_needs_the_current_version_etag_and_a_new_row()
    {
        var table = new InMemoryMembershipTable();
        var empty = await table.ReadAll();
        Assert.Empty(empty.Members);
        Assert.True(await table.InsertRow(Entry(A, SiloStatus.Joining), empty.Version.Next()));

        // The version moved on: writing against the old one fails, as does a duplicate row.
        Assert.False(await table.InsertRow(Entry(B, SiloStatus.Joining), empty.Version.Next()));
        var now = await table.ReadAll();
        Assert.Equal(empty.Version.Version + 1, now.Version.Version);
        Assert.False(await table.InsertRow(Entry(A, SiloStatus.Joining), now.Version.Next()));
        Assert.True(await table.InsertRow(Entry(B, SiloStatus.Joining), now.Version.Next()));
        Assert.Equal(2, (await table.ReadAll()).Members.Count);
    }

    [Fact]
    public async Task Update_needs_the_rows_etag_and_the_current_version()
    {
        var table = new InMemoryMembershipTable();
        Assert.True(await table.InsertRow(Entry(A, SiloStatus.Joining), (await table.ReadAll()).Version.Next()));
        var read = await table.ReadAll();
        var (entry, etag) = read.TryGet(A)!.Value;
        entry.Status = SiloStatus.Active;

        Assert.False(await table.UpdateRow(entry, "not-the-etag", read.Version.Next()));
        Assert.False(await table.UpdateRow(entry, etag, read.Version));
        Assert.True(await table.UpdateRow(entry, etag, read.Version.Next()));

        // A second writer holding the same read loses.
        entry.Status = SiloStatus.Dead;
        Assert.False(await table.UpdateRow(entry, etag, read.Version.Next()));
        Assert.Equal(SiloStatus.Active, (await table.ReadRow(A)).TryGet(A)!.Value.Entry.Status);
    }

    [Fact]
    public async Task IAmAlive_updates_only_the_time_and_not_the_version()
    {
        var table = new InMemoryMembershipTable();
        Assert.True(await table.InsertRow(Entry(A, SiloStatus.Active), (await table.ReadAll()).Version.Next()));
        var before = await table.ReadAll();
        var later = new DateTimeOffset(2030, 5, 1, 0, 0, 0, TimeSpan.Zero);
        await table.UpdateIAmAlive(new MembershipEntry { SiloAddress = A, IAmAliveTime = later, Status = SiloStatus.Dead });
        var after = await table.ReadAll();
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(later, after.TryGet(A)!.Value.Entry.IAmAliveTime);
        Assert.Equal(SiloStatus.Active, after.TryGet(A)!.Value.Entry.Status);
        Assert.Equal(before.TryGet(A)!.Value.ETag, after.TryGet(A)!.Value.ETag);
    }

    [Fact]
    public async Task Reads_return_copies()
    {
        var table = new InMemoryMembershipTable();
        Assert.True(await table.InsertRow(Entry(A, SiloStatus.Active), (await table.ReadAll()).Version.Next()));
        var read = await table.ReadAll();
        read.TryGet(A)!.Value.Entry.SuspectTimes.Add(new SuspectVote(B, DateTimeOffset.UnixEpoch));
        read.TryGet(A)!.Value.Entry.Status = SiloStatus.Dead;
        var again = await table.ReadAll();
        Assert.Empty(again.TryGet(A)!.Value.Entry.SuspectTimes);
        Assert.Equal(SiloStatus.Active, again.TryGet(A)!.Value.Entry.Status);
    }

    [Fact]
    public async Task Cleanup_removes_only_dead_rows_older_than_the_cut_off()
    {
        var table = new InMemoryMembershipTable();
        var old = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var dead = Entry(A, SiloStatus.Dead);
        dead.IAmAliveTime = old;
        var alive = Entry(B, SiloStatus.Active);
        alive.IAmAliveTime = old;
        Assert.True(await table.InsertRow(dead, (await table.ReadAll()).Version.Next()));
        Assert.True(await table.InsertRow(alive, (await table.ReadAll()).Version.Next()));
        await table.CleanupDefunctSiloEntries(old.AddDays(1));
        var rows = await table.ReadAll();
        Assert.Null(rows.TryGet(A));
        Assert.NotNull(rows.TryGet(B));
    }

    private static MembershipEntry Entry(SiloAddress silo, SiloStatus status) => new()
    {
        SiloAddress = silo,
        Status = status,
        SiloName = silo.Endpoint,
        StartTime = DateTimeOffset.UnixEpoch,
        IAmAliveTime = DateTimeOffset.UnixEpoch,
    };
}
