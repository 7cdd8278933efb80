using Microsoft.Extensions.Hosting;

namespace Sim.Grains.Hosting;

/// <summary>
/// The lifetime of a silo run by a command (embedded in <c>sim run</c>, or <c>sim silo</c>): it neither listens to Ctrl-C/SIGTERM nor logs start/stop banners
/// (the default console lifetime would, once per silo). The command owns the signals and stops the silos itself.
/// </summary>
public sealed class EmbeddedSiloLifetime : IHostLifetime
{
    /// <inheritdoc />
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
