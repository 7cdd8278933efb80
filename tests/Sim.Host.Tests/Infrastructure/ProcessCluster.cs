using Sim.Testing.Postgres;

namespace Sim.Host.Tests.Infrastructure;

/// <summary>
/// A cluster of real <c>sim silo</c> processes on loopback ports with PostgreSQL membership, on a fresh database that
/// <c>sim cluster init</c> prepared: what an operator starts by hand. Disposing kills what is left and drops the database.
/// </summary>
internal sealed class ProcessCluster : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly TestDatabase _database;
    private readonly TempFolder _folder;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly List<SimProcess> _silos = [];

    private ProcessCluster(TestDatabase database, TempFolder folder, IReadOnlyDictionary<string, string> environment)
    {
        _database = database;
        _folder = folder;
        _environment = environment;
    }

    /// <summary>The membership connection string (what <c>--membership</c> and <c>--cluster</c> take).</summary>
    public string Connection => _database.ConnectionString;

    /// <summary>The cluster's database.</summary>
    public TestDatabase Database => _database;

    /// <summary>Every silo started, in order (killed ones included).</summary>
    public IReadOnlyList<SimProcess> Silos => _silos;

    /// <summary>A scratch folder of the test (silos' working folder; run folders go here too).</summary>
    public TempFolder Folder => _folder;

    /// <summary>A fresh database, initialised with <c>sim cluster init</c>, and <paramref name="silos"/> silos up.</summary>
    /// <param name="purpose">Names the database and folder.</param>
    /// <param name="silos">How many silos to start.</param>
    /// <param name="environment">Added to every silo's environment (e.g. <c>SIM_Silo__RunClientTimeout</c>).</param>
    public static async Task<ProcessCluster> StartAsync(string purpose, int silos, IReadOnlyDictionary<string, string>? environment = null)
    {
        var database = await TestPostgres.CreateDatabaseAsync(purpose);
        var cluster = new ProcessCluster(database, new TempFolder(purpose), environment ?? new Dictionary<string, string>());
        try
        {
            var (code, output) = await SimProcess.RunAsync(cluster.Folder.Path, "cluster", "init", "--membership", database.ConnectionString);
            Assert.True(code == 0, output);
            await Task.WhenAll(Enumerable.Range(0, silos).Select(_ => cluster.StartSiloAsync()));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts one more silo and waits until it has joined.</summary>
    public async Task<SimProcess> StartSiloAsync()
    {
        var ports = FreePorts.Find(2);
        var silo = SimProcess.Start(_folder.Path, _environment, "silo", "--membership", Connection, "--advertise", "127.0.0.1",
            "--silo-port", ports[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--gateway-port", ports[1].ToString(System.Globalization.CultureInfo.InvariantCulture));
        lock (_silos)
        {
            _silos.Add(silo);
        }

        await silo.WaitForLineAsync("silo up:", StartTimeout);
        return silo;
    }

    /// <summary>Starts <c>sim run</c> of the small scenario on this cluster, with its progress lines every 12 months.</summary>
    public SimProcess SubmitRun(string folder, params string[] more) =>
        SimProcess.Start(_folder.Path, ["run", CliHarness.SmallScenario, "--out", folder, "--cluster", Connection, .. more]);

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in _silos)
        {
            silo.Dispose();
        }

        _folder.Dispose();
        await _database.DisposeAsync();
    }
}
