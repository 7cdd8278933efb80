using Sim.Runtime.Testing;
using Sim.Runtime.Tests.Grains;
using Sim.Runtime.Tests.Infrastructure;

namespace Sim.Runtime.Tests.Membership;

public sealed class MembershipProtocolTests
{
    [Fact]
    public async Task Silos_go_Joining_Active_then_ShuttingDown_Dead_when_stopped()
    {
        var table = new RecordingMembershipTable();
        var builder = ClusterFixture.NewBuilder(2, new LifecycleLog());
        builder.UseInMemoryCluster(new InMemoryCluster(table, new InMemoryGrainDirectory()));
        await using var cluster = builder.Build();
        await cluster.DeployAsync();
        var first = cluster.Silos[0];
        var second = cluster.Silos[1];
        Assert.Equal([SiloStatus.Joining, SiloStatus.Active], table.StatusesOf(first.SiloAddress));
        Assert.Equal([SiloStatus.Joining, SiloStatus.Active], table.StatusesOf(second.SiloAddress));

        await cluster.StopSiloAsync(second);
        Assert.Equal([SiloStatus.Joining, SiloStatus.Active, SiloStatus.ShuttingDown, SiloStatus.Dead], table.StatusesOf(second.SiloAddress));
        await cluster.WaitForLivenessToStabilizeAsync();
        Assert.Equal(SiloStatus.Dead, first.Silo.View.StatusOf(second.SiloAddress));
        Assert.DoesNotContain(second.SiloAddress, first.Silo.View.Ring.Silos);
    }

    [Fact]
    public async Task A_killed_silo_is_suspected_by_probers_and_declared_dead_with_enough_votes()
    {
        var table = new RecordingMembershipTable();
        var builder = ClusterFixture.NewBuilder(3, new LifecycleLog());
        builder.UseInMemoryCluster(new InMemoryCluster(table, new InMemoryGrainDirectory()));
        await using var cluster = builder.Build();
        await cluster.DeployAsync();
        var victim = cluster.Silos[2];

        await cluster.KillSiloAsync(victim);
        await cluster.WaitForLivenessToStabilizeAsync();

        // First one survivor's suspicion (one vote is not enough with two survivors), then the second vote kills.
        var writes = table.Writes.Where(w => w.Silo.Equals(victim.SiloAddress)).ToList();
        Assert.Contains(writes, w => w.Status == SiloStatus.Active && w.Votes == 1);
        var death = writes.Single(w => w.Status == SiloStatus.Dead);
        Assert.Equal(2, death.Votes);
        var row = (await table.ReadAll()).TryGet(victim.SiloAddress)!.Value.Entry;
        Assert.Equal(2, row.SuspectTimes.Select(v => v.Suspecter).Distinct().Count());
        Assert.DoesNotContain(victim.SiloAddress, row.SuspectTimes.Select(v => v.Suspecter));
    }

    [Fact]
    public async Task Missed_probes_count_up_to_the_limit_and_votes_expire()
    {
        var clock = new ManualTimeProvider();
        var builder = ClusterFixture.NewBuilder(3, new LifecycleLog());
        builder.UseTimeProvider(clock);
        builder.Configure<MembershipOptions>(m =>
        {
            m.NumMissedProbesLimit = 3;
            m.NumVotesForDeathDeclaration = 2;
            m.DeathVoteExpirationTimeout = TimeSpan.FromMinutes(2);

            // Probes are driven by hand below; no timer may vote on its own.
            m.ProbePeriod = TimeSpan.FromHours(1);
            m.IAmAlivePeriod = TimeSpan.FromHours(1);
            m.NumMissedTableIAmAliveLimit = 0;
        });
        await using var cluster = builder.Build();
        await cluster.DeployAsync();
        var (a, b, victim) = (cluster.Silos[0], cluster.Silos[1], cluster.Silos[2]);
        await cluster.KillSiloAsync(victim);

        // A misses two probes: no vote yet; the third brings a vote (suspect, not dead).
        await a.Silo.Membership.ProbeOnceAsync();
        await a.Silo.Membership.ProbeOnceAsync();
        Assert.Empty(await VotesAsync(cluster, victim));
        await a.Silo.Membership.ProbeOnceAsync();
        Assert.Single(await VotesAsync(cluster, victim));
        Assert.Equal(SiloStatus.Active, await StatusAsync(cluster, victim));

        // A's vote expires before B's arrives: still only one fresh vote.
        clock.Advance(TimeSpan.FromMinutes(3));
        for (var i = 0; i < 3; i++)
        {
            await b.Silo.Membership.ProbeOnceAsync();
        }

        Assert.Equal(SiloStatus.Active, await StatusAsync(cluster, victim));
        Assert.Equal([b.SiloAddress], (await VotesAsync(cluster, victim)).Select(v => v.Suspecter));

        // A votes again while B's vote is fresh: declared dead.
        await a.Silo.Membership.ProbeOnceAsync();
        Assert.Equal(SiloStatus.Dead, await StatusAsync(cluster, victim));
    }

    [Fact]
    public async Task A_silo_without_heartbeats_is_voted_dead_from_the_table()
    {
        var clock = new ManualTimeProvider();
        var builder = ClusterFixture.NewBuilder(3, new LifecycleLog());
        builder.UseTimeProvider(clock);
        builder.Configure<MembershipOptions>(m =>
        {
            m.IAmAlivePeriod = TimeSpan.FromSeconds(10);
            m.NumMissedTableIAmAliveLimit = 3;
            m.ProbePeriod = TimeSpan.FromHours(1);
        });
        await using var cluster = builder.Build();
        await cluster.DeployAsync();
        var victim = cluster.Silos[2];
        await cluster.KillSiloAsync(victim);

        // Survivors keep writing IAmAlive every 10 s; after more than 30 s the victim's is stale.
        for (var i = 0; i < 5; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(10));
        }

        await Eventually.True(() => StatusAsync(cluster, victim).Result == SiloStatus.Dead, "the victim declared dead");
    }

    [Fact]
    public async Task A_silo_that_reads_itself_dead_stops()
    {
        await using var cluster = ClusterFixture.NewBuilder(2, new LifecycleLog()).Build();
        await cluster.DeployAsync();
        var target = cluster.Silos[1];
        var table = cluster.Cluster.MembershipTable;
        var data = await table.ReadAll();
        var (entry, etag) = data.TryGet(target.SiloAddress)!.Value;
        entry.Status = SiloStatus.Dead;
        Assert.True(await table.UpdateRow(entry, etag, data.Version.Next()));

        await target.Silo.Membership.Tracker.RefreshAsync();
        await Eventually.True(() => !target.IsActive, "the silo to stop itself");
        await cluster.WaitForLivenessToStabilizeAsync();
        Assert.Single(cluster.Silos);
        Assert.Equal(1, await cluster.Client.GetGrain<ICounterGrain>("after-self-kill").Add(1));
    }

    private static async Task<IReadOnlyList<SuspectVote>> VotesAsync(TestCluster cluster, SiloHandle silo) =>
        (await cluster.Cluster.MembershipTable.ReadAll()).TryGet(silo.SiloAddress)!.Value.Entry.SuspectTimes;

    private static async Task<SiloStatus> StatusAsync(TestCluster cluster, SiloHandle silo) =>
        (await cluster.Cluster.MembershipTable.ReadAll()).TryGet(silo.SiloAddress)!.Value.Entry.Status;
}
