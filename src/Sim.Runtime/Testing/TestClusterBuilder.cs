using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Sim.Runtime.Testing;

/// <summary>
/// Builds a <see cref="TestCluster"/>: N in-process silos sharing an in-memory transport, membership table and grain
/// directory, plus a client. Every hook applies to every silo (and grain types also to the client).
/// Membership timing defaults to fast values (probe every 200 ms) so failures are detected within about a second.
/// </summary>
/// <remarks>Orleans counterpart: <c>Orleans.TestingHost.TestClusterBuilder</c>.</remarks>
public sealed class TestClusterBuilder
{
    private readonly List<Action<ISiloBuilder>> _siloConfigurations = [];
    private readonly List<Action<ILoggingBuilder>> _logging = [];
    private readonly GrainTypeOptions _grainTypes = new();
    private TimeProvider _time = TimeProvider.System;
    private InMemoryCluster? _cluster;

    /// <summary>Creates a builder for a cluster of <paramref name="initialSilosCount"/> silos.</summary>
    /// <param name="initialSilosCount">Silos started by <see cref="TestCluster.DeployAsync"/>.</param>
    public TestClusterBuilder(int initialSilosCount = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(initialSilosCount, 1);
        Options.InitialSilosCount = initialSilosCount;
        Configure<MembershipOptions>(m =>
        {
            m.ProbePeriod = TimeSpan.FromMilliseconds(200);
            m.ProbeTimeout = TimeSpan.FromMilliseconds(500);
            m.NumMissedProbesLimit = 3;
            m.TableRefreshPeriod = TimeSpan.FromMilliseconds(500);
            m.IAmAlivePeriod = TimeSpan.FromSeconds(1);
        });
    }

    /// <summary>The cluster's options.</summary>
    public TestClusterOptions Options { get; } = new();

    /// <summary>Hosts every grain class of <paramref name="assembly"/> on every silo.</summary>
    /// <param name="assembly">The assembly to scan.</param>
    public TestClusterBuilder AddGrainAssembly(Assembly assembly)
    {
        _grainTypes.AddAssembly(assembly);
        return ConfigureSilo(s => s.AddGrainAssembly(assembly));
    }

    /// <summary>Hosts one grain class on every silo.</summary>
    /// <typeparam name="TInterface">The grain interface.</typeparam>
    /// <typeparam name="TImplementation">The grain class.</typeparam>
    public TestClusterBuilder AddGrain<TInterface, TImplementation>()
        where TInterface : IGrain
        where TImplementation : Grain, TInterface
    {
        _grainTypes.Classes.Add(typeof(TImplementation));
        return ConfigureSilo(s => s.AddGrain<TInterface, TImplementation>());
    }

    /// <summary>Adds services to every silo.</summary>
    /// <param name="configure">Registers services.</param>
    public TestClusterBuilder ConfigureServices(Action<IServiceCollection> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return ConfigureSilo(s => configure(s.Services));
    }

    /// <summary>Configures an options class of every silo (the client takes messaging, placement and membership options too).</summary>
    /// <typeparam name="TOptions">The options class.</typeparam>
    /// <param name="configure">The change.</param>
    public TestClusterBuilder Configure<TOptions>(Action<TOptions> configure)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(configure);
        return ConfigureSilo(s => s.Configure(configure));
    }

    /// <summary>Any other silo configuration.</summary>
    /// <param name="configure">Configures the silo builder.</param>
    public TestClusterBuilder ConfigureSilo(Action<ISiloBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _siloConfigurations.Add(configure);
        return this;
    }

    /// <summary>Configures logging of every silo and the client (no logging by default).</summary>
    /// <param name="configure">Adds providers, sets levels.</param>
    public TestClusterBuilder ConfigureLogging(Action<ILoggingBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _logging.Add(configure);
        return this;
    }

    /// <summary>The clock of every silo and the client (a manual clock makes collection and timeouts testable).</summary>
    /// <param name="timeProvider">The clock.</param>
    public TestClusterBuilder UseTimeProvider(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _time = timeProvider;
        return this;
    }

    /// <summary>Uses a given in-process cluster (for example with a custom membership table or directory).</summary>
    /// <param name="cluster">The shared transport, table and directory.</param>
    public TestClusterBuilder UseInMemoryCluster(InMemoryCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        _cluster = cluster;
        return this;
    }

    /// <summary>Creates the cluster (not started; call <see cref="TestCluster.DeployAsync"/>).</summary>
    public TestCluster Build() =>
        new(Options, _cluster ?? new InMemoryCluster(), [.. _siloConfigurations], [.. _logging], _grainTypes, _time);
}
