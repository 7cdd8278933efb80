using Microsoft.Extensions.DependencyInjection;

namespace Sim.Runtime;

/// <summary>The <see cref="ISiloBuilder"/> handed to configuration callbacks.</summary>
internal sealed class SiloBuilder(IServiceCollection services) : ISiloBuilder
{
    public IServiceCollection Services { get; } = services;
}
