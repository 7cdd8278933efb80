using Sim.Runtime.Messaging;

namespace Sim.Runtime;

/// <summary>
/// What the silos and clients of one in-process cluster share: the in-memory transport (byte frames only), the
/// membership table and the grain directory. A multi-process cluster replaces the transport with sockets and the
/// table and directory with SQLite or PostgreSQL implementations of the same interfaces.
/// </summary>
public sealed class InMemoryCluster
{
    private int _generation;

    /// <summary>Creates a cluster with an in-memory membership table and grain directory.</summary>
    public InMemoryCluster()
        : this(new InMemoryMembershipTable(), new InMemoryGrainDirectory())
    {
    }

    /// <summary>Creates a cluster with the given table and directory.</summary>
    /// <param name="membershipTable">The membership table.</param>
    /// <param name="grainDirectory">The grain directory.</param>
    public InMemoryCluster(IMembershipTable membershipTable, IGrainDirectory grainDirectory)
    {
        ArgumentNullException.ThrowIfNull(membershipTable);
        ArgumentNullException.ThrowIfNull(grainDirectory);
        MembershipTable = membershipTable;
        GrainDirectory = grainDirectory;
    }

    /// <summary>The membership table.</summary>
    public IMembershipTable MembershipTable { get; }

    /// <summary>The grain directory.</summary>
    public IGrainDirectory GrainDirectory { get; }

    /// <summary>Frames sent between endpoints so far.</summary>
    public long FramesSent => Network.FrameCount;

    /// <summary>Bytes sent between endpoints so far.</summary>
    public long BytesSent => Network.ByteCount;

    internal InMemoryNetwork Network { get; } = new();

    /// <summary>
    /// Connects a client: it reads the membership table, places and locates grains like a silo does, and sends every
    /// call through the serializer to the silo hosting the grain.
    /// </summary>
    /// <param name="configure">Configures the client (at least its grain types).</param>
    public async Task<IClusterClient> ConnectClientAsync(Action<ClusterClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new ClusterClientOptions();
        configure(options);
        var client = new ClusterClient(this, options);
        await client.ConnectAsync();
        return client;
    }

    /// <summary>A new generation number, so restarted endpoints get new addresses.</summary>
    internal int NextGeneration() => Interlocked.Increment(ref _generation);
}
