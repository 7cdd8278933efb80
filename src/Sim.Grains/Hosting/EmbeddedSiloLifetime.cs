using Microsoft.Extensions.Hosting;

namespace Sim.Grains.Hosting;

/// <summary>
/// The lifetime of a silo embedded in a command: it neither listens to Ctrl-C/SIGTERM nor logs start/stop banners
/// (the default console lifetime would, once per silo). The command owns the signals and stops the silos itself.
/// </summary>
internal sealed class EmbeddedSiloLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
