using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Sim.Runtime;

/// <summary>Configuration methods of <see cref="ISiloBuilder"/>.</summary>
public static class SiloBuilderExtensions
{
    /// <summary>Hosts every grain class of <paramref name="assembly"/>.</summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="assembly">The assembly to scan for grain classes.</param>
    public static ISiloBuilder AddGrainAssembly(this ISiloBuilder builder, Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(assembly);
        builder.Services.Configure<GrainTypeOptions>(o => o.AddAssembly(assembly));
        return builder;
    }

    /// <summary>Hosts the grain class <typeparamref name="TImplementation"/> implementing <typeparamref name="TInterface"/>.</summary>
    /// <typeparam name="TInterface">The grain interface.</typeparam>
    /// <typeparam name="TImplementation">The grain class.</typeparam>
    /// <param name="builder">The silo builder.</param>
    public static ISiloBuilder AddGrain<TInterface, TImplementation>(this ISiloBuilder builder)
        where TInterface : IGrain
        where TImplementation : Grain, TInterface
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<GrainTypeOptions>(o => o.Classes.Add(typeof(TImplementation)));
        return builder;
    }

    /// <summary>Configures one of the runtime's options classes (<see cref="SiloOptions"/>, <see cref="MembershipOptions"/>, ...).</summary>
    /// <typeparam name="TOptions">The options class.</typeparam>
    /// <param name="builder">The silo builder.</param>
    /// <param name="configure">The change to apply.</param>
    public static ISiloBuilder Configure<TOptions>(this ISiloBuilder builder, Action<TOptions> configure)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>Joins the in-process cluster <paramref name="cluster"/> (shared transport, membership table and directory).</summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="cluster">The cluster shared by all silos of the process.</param>
    public static ISiloBuilder UseInMemoryClustering(this ISiloBuilder builder, InMemoryCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(cluster);
        builder.Services.RemoveAll<InMemoryCluster>();
        builder.Services.AddSingleton(cluster);
        return builder;
    }
}
