using Microsoft.Extensions.DependencyInjection;

namespace Sim.Runtime;

/// <summary>Configures a silo: its services, options and grain classes (see <see cref="SiloBuilderExtensions"/>).</summary>
/// <remarks>Orleans counterpart: <c>Orleans.Hosting.ISiloBuilder</c>.</remarks>
public interface ISiloBuilder
{
    /// <summary>The host's service collection; grain constructors may take any service registered here.</summary>
    IServiceCollection Services { get; }
}
