using Microsoft.Extensions.Hosting;

namespace Sim.Runtime;

/// <summary>Starts the silo with the host and stops it gracefully with the host.</summary>
internal sealed class SiloHostedService(Silo silo) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => silo.StartAsync();

    public Task StopAsync(CancellationToken cancellationToken) => silo.StopAsync();
}
