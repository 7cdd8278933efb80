using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Serialization;
using Orleans.Storage;
using Sim.Testing.Postgres;

namespace Sim.Cluster.Tests.Orleans;

/// <summary>
/// One silo (ADO.NET clustering) with Orleans' ADO.NET grain storage named <see cref="StorageName"/> on the
/// project's schema in a database of its own, storing states with Orleans' binary serializer.
/// </summary>
public sealed class StorageFixture : IAsyncLifetime
{
    public const string StorageName = "checkpoints";

    private TestDatabase? _database;
    private IHost? _silo;

    internal ErrorLog Errors { get; } = new();

    public TestDatabase Database => _database ?? throw new InvalidOperationException("fixture not started");

    public IHost Silo => _silo ?? throw new InvalidOperationException("fixture not started");

    public IGrainFactory Grains => Silo.Services.GetRequiredService<IGrainFactory>();

    public IGrainStorage Storage => Silo.Services.GetRequiredKeyedService<IGrainStorage>(StorageName);

    public async Task InitializeAsync()
    {
        _database = await TestPostgres.CreateDatabaseAsync("storage");
        await ClusterDatabase.InitializeAsync(_database.ConnectionString);
        var connectionString = _database.ConnectionString;
        _silo = TestSilo.Build(connectionString, "storage-" + Guid.NewGuid().ToString("N"), "silo-storage", Errors, silo =>
            silo.AddAdoNetGrainStorage(StorageName, options => options.Configure<Serializer>((o, serializer) =>
            {
                o.Invariant = ClusterSchema.Invariant;
                o.ConnectionString = connectionString;
                o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
            })));
        await _silo.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_silo is not null)
        {
            await _silo.StopAsync();
            _silo.Dispose();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
