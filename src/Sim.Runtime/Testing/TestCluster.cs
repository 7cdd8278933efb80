using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Sim.Runtime.Testing;

/// <summary>
/// N silos and a client in one process, connected by an in-memory transport that carries only bytes (every call
/// between silos, and every client call, goes through the serializer). Silos can be added, stopped gracefully or
/// killed. Usable outside tests: <c>sim run --silos N</c> hosts its silos with it.
/// </summary>
/// <remarks>Orleans counterpart: <c>Orleans.TestingHost.TestCluster</c>.</remarks>
public sealed class TestCluster : IAsyncDisposable
{
    private readonly Action<ISiloBuilder>[] _siloConfigurations;
    private readonly Action<ILoggingBuilder>[] _logging;
    private readonly GrainTypeOptions _grainTypes;
    private readonly TimeProvider _time;
    private readonly List<SiloHandle> _silos = [];
    private readonly Lock _gate = new();
    private ClusterClient? _client;
    private int _siloCounter;

    internal TestCluster(TestClusterOptions options, InMemoryCluster cluster, Action<ISiloBuilder>[] siloConfigurations, Action<ILoggingBuilder>[] logging, GrainTypeOptions grainTypes, TimeProvider time)
    {
        Options = options;
        Cluster = cluster;
        _siloConfigurations = siloConfigurations;
        _logging = logging;
        _grainTypes = grainTypes;
        _time = time;
    }

    /// <summary>The cluster's options.</summary>
    public TestClusterOptions Options { get; }

    /// <summary>The shared transport, membership table and grain directory.</summary>
    public InMemoryCluster Cluster { get; }

    /// <summary>The client (available after <see cref="DeployAsync"/>).</summary>
    public IClusterClient Client => _client ?? throw new InvalidOperationException("Call DeployAsync first.");

    /// <summary>Same as <see cref="Client"/>.</summary>
    public IGrainFactory GrainFactory => Client;

    /// <summary>The silos that are running, in start order.</summary>
    public IReadOnlyList<SiloHandle> Silos
    {
        get
        {
            lock (_gate)
            {
                return _silos.Where(s => s.IsActive).ToList();
            }
        }
    }

    /// <summary>The first running silo.</summary>
    public SiloHandle Primary => Silos.FirstOrDefault() ?? throw new InvalidOperationException("No silo is running.");

    /// <summary>Starts the initial silos, then connects the client.</summary>
    public async Task DeployAsync()
    {
        if (_client is not null)
        {
            throw new InvalidOperationException("The cluster is already deployed.");
        }

        for (var i = 0; i < Options.InitialSilosCount; i++)
        {
            await StartAdditionalSiloAsync();
        }

        var probe = BuildOptionsProvider();
        var client = new ClusterClient(Cluster, NewClientOptions(probe));
        await client.ConnectAsync();
        _client = client;
    }

    /// <summary>Starts one more silo and waits until it is active.</summary>
    public async Task<SiloHandle> StartAdditionalSiloAsync()
    {
        var name = "silo-" + Interlocked.Increment(ref _siloCounter).ToString(CultureInfo.InvariantCulture);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ApplicationName = name });
        foreach (var configure in _logging)
        {
            configure(builder.Logging);
        }

        builder.Services.AddSingleton(_time);
        builder.Services.AddSilo(silo =>
        {
            silo.UseInMemoryClustering(Cluster);
            foreach (var configure in _siloConfigurations)
            {
                configure(silo);
            }

            silo.Configure<SiloOptions>(o => o.SiloName = name);
            silo.Configure<ClusterOptions>(o => o.ClusterId = Options.ClusterId);
        });
        var host = builder.Build();
        await host.StartAsync();
        var handle = new SiloHandle(name, host);
        handle.Silo.Stopped += _ => handle.IsActive = false;
        lock (_gate)
        {
            _silos.Add(handle);
        }

        return handle;
    }

    /// <summary>Stops a silo gracefully: it leaves the ring, deactivates its activations (OnDeactivateAsync runs) and marks itself dead.</summary>
    /// <param name="silo">The silo.</param>
    public async Task StopSiloAsync(SiloHandle silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        await silo.Host.StopAsync();
        silo.IsActive = false;
        await DisposeHostAsync(silo);
    }

    /// <summary>
    /// Kills a silo as if its process died: connections drop (callers waiting on it fail at once with
    /// <see cref="SiloUnavailableException"/>), nothing is deactivated, and the others declare it dead after missed probes.
    /// </summary>
    /// <param name="silo">The silo.</param>
    public async Task KillSiloAsync(SiloHandle silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Silo.Kill("killed by the test cluster");
        silo.IsActive = false;
        await DisposeHostAsync(silo);
    }

    /// <summary>
    /// Waits until the membership table and every running silo's and the client's view agree: running silos are
    /// active, every other silo is dead.
    /// </summary>
    /// <param name="timeout">How long to wait; <see cref="TestClusterOptions.LivenessTimeout"/> by default.</param>
    public async Task WaitForLivenessToStabilizeAsync(TimeSpan? timeout = null)
    {
        var limit = timeout ?? Options.LivenessTimeout;
        var started = TimeProvider.System.GetTimestamp();
        while (true)
        {
            var running = Silos;
            var expected = running.Select(s => s.SiloAddress).ToHashSet();
            var data = await Cluster.MembershipTable.ReadAll();
            var tableAgrees = data.Members.All(m => expected.Contains(m.Entry.SiloAddress) ? m.Entry.Status == SiloStatus.Active : m.Entry.Status == SiloStatus.Dead)
                && expected.All(e => data.TryGet(e) is not null);
            var viewsAgree = true;
            if (tableAgrees)
            {
                foreach (var s in running)
                {
                    await s.Silo.Membership.Tracker.RefreshAsync();
                    viewsAgree &= s.Silo.View.Version == data.Version.Version;
                }

                if (_client is not null)
                {
                    await _client.Tracker.RefreshAsync();
                    viewsAgree &= _client.Tracker.View.Version == data.Version.Version;
                }
            }

            if (tableAgrees && viewsAgree)
            {
                return;
            }

            if (TimeProvider.System.GetElapsedTime(started) > limit)
            {
                throw new TimeoutException($"Membership did not stabilize within {limit}: table {string.Join("; ", data.Members.Select(m => m.Entry))}.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Disconnects the client and stops every running silo gracefully.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.DisposeAsync();
        }

        foreach (var silo in Silos.Reverse())
        {
            await StopSiloAsync(silo);
        }
    }

    private static async Task DisposeHostAsync(SiloHandle silo)
    {
        if (silo.Host is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync();
        }
        else
        {
            silo.Host.Dispose();
        }
    }

    private ServiceProvider BuildOptionsProvider()
    {
        var services = new ServiceCollection();
        var builder = new SiloBuilder(services);
        foreach (var configure in _siloConfigurations)
        {
            configure(builder);
        }

        return services.AddOptions().BuildServiceProvider();
    }

    private ClusterClientOptions NewClientOptions(ServiceProvider probe)
    {
        var options = new ClusterClientOptions
        {
            Messaging = probe.GetRequiredService<IOptions<MessagingOptions>>().Value,
            Placement = probe.GetRequiredService<IOptions<PlacementOptions>>().Value,
            Membership = probe.GetRequiredService<IOptions<MembershipOptions>>().Value,
            TimeProvider = _time,
        };
        if (_logging.Length > 0)
        {
            options.LoggerFactory = LoggerFactory.Create(b =>
            {
                foreach (var configure in _logging)
                {
                    configure(b);
                }
            });
        }

        foreach (var type in _grainTypes.Classes)
        {
            options.GrainTypes.Classes.Add(type);
        }

        probe.Dispose();
        return options;
    }
}
