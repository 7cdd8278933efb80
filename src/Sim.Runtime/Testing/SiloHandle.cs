using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Sim.Runtime.Testing;

/// <summary>A silo started by a <see cref="TestCluster"/>.</summary>
/// <remarks>Orleans counterpart: <c>Orleans.TestingHost.SiloHandle</c>.</remarks>
public sealed class SiloHandle
{
    internal SiloHandle(string name, IHost host)
    {
        Name = name;
        Host = host;
        Silo = host.Services.GetRequiredService<Silo>();
    }

    /// <summary>The silo's name.</summary>
    public string Name { get; }

    /// <summary>The silo's address.</summary>
    public SiloAddress SiloAddress => Silo.Address;

    /// <summary>True until the silo is stopped or killed.</summary>
    public bool IsActive { get; internal set; } = true;

    /// <summary>The silo's services (its host's DI container).</summary>
    public IServiceProvider Services => Host.Services;

    /// <summary>A grain factory inside the silo: calls to grains placed on this silo do not cross the serializer.</summary>
    public IGrainFactory GrainFactory => Silo.GrainFactory;

    /// <summary>The number of activations the silo hosts now.</summary>
    public int ActivationCount => Silo.Catalog.Count;

    internal IHost Host { get; }

    internal Silo Silo { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({SiloAddress})";
}
