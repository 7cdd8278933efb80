using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Sim.Runtime;

/// <summary>Adds a silo to a .NET generic host.</summary>
/// <remarks>Orleans counterpart: <c>UseOrleans</c> / <c>AddOrleans</c>.</remarks>
public static class SiloHostingExtensions
{
    /// <summary>
    /// Registers a silo as a hosted service, plus <see cref="IGrainFactory"/> and <see cref="ILocalSiloDetails"/> for
    /// host code. Without <see cref="SiloBuilderExtensions.UseInMemoryClustering"/> the silo forms a cluster of its own.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Configures the silo.</param>
    public static IServiceCollection AddSilo(this IServiceCollection services, Action<ISiloBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions();
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => new InMemoryCluster());
        services.TryAddSingleton(sp => new Silo(
            sp,
            sp.GetRequiredService<IOptions<SiloOptions>>(),
            sp.GetRequiredService<IOptions<ClusterOptions>>(),
            sp.GetRequiredService<IOptions<MessagingOptions>>(),
            sp.GetRequiredService<IOptions<PlacementOptions>>(),
            sp.GetRequiredService<IOptions<MembershipOptions>>(),
            sp.GetRequiredService<IOptions<GrainTypeOptions>>(),
            sp.GetRequiredService<InMemoryCluster>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<Silo>().GrainFactory);
        services.TryAddSingleton<ILocalSiloDetails>(sp => new LocalSiloDetails(sp.GetRequiredService<Silo>()));
        services.AddHostedService(sp => new SiloHostedService(sp.GetRequiredService<Silo>()));
        configure(new SiloBuilder(services));
        return services;
    }

    /// <summary>Registers a silo in the application's host (see <see cref="AddSilo"/>).</summary>
    /// <param name="builder">The host application builder.</param>
    /// <param name="configure">Configures the silo.</param>
    public static IHostApplicationBuilder UseSilo(this IHostApplicationBuilder builder, Action<ISiloBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSilo(configure);
        return builder;
    }
}
