using Sim.Grains.Hosting;

namespace Sim.Grains.Tests.Infrastructure;

/// <summary>One run of the small scenario with every output, shared by the output tests of a class.</summary>
public sealed class SmallRunFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new("fixture");

    public string Folder => _folder.Path;

    internal RunResult Result { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Result = await SmallRun.OnGrainsAsync(SmallRun.Spec("fixture", _folder.Path), silos: 2);

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
