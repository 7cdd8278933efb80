using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Sim.Runtime;

/// <summary>Options of a client connecting to an <see cref="InMemoryCluster"/>.</summary>
public sealed class ClusterClientOptions
{
    /// <summary>The grain classes whose interfaces the client calls (it needs only their grain type names).</summary>
    public GrainTypeOptions GrainTypes { get; } = new();

    /// <summary>Call options.</summary>
    public MessagingOptions Messaging { get; set; } = new();

    /// <summary>Placement options; must match the silos'.</summary>
    public PlacementOptions Placement { get; set; } = new();

    /// <summary>How often the client re-reads the membership table.</summary>
    public MembershipOptions Membership { get; set; } = new();

    /// <summary>The clock of timeouts and refreshes.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Where the client logs.</summary>
    public ILoggerFactory LoggerFactory { get; set; } = NullLoggerFactory.Instance;
}
