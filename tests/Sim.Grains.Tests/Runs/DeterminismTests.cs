using Sim.Grains.Hosting;
using Sim.Grains.Runs;
using Sim.Grains.Tests.Infrastructure;

namespace Sim.Grains.Tests.Runs;

/// <summary>Output bytes depend only on (scenario, seed, code): not on the silo count, the host or the placement.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public async Task Parquet_bytes_are_identical_on_one_or_three_silos_test_or_embedded_and_differ_with_another_seed()
    {
        using var a = new TempFolder("det-1");
        using var b = new TempFolder("det-3");
        using var c = new TempFolder("det-embedded-3");
        using var d = new TempFolder("det-seed");
        await SmallRun.OnGrainsAsync(SmallRun.Spec("det", a.Path), silos: 1);
        await SmallRun.OnGrainsAsync(SmallRun.Spec("det", b.Path), silos: 3);
        await using (var embedded = await SimulationCluster.StartAsync(new SimulationClusterOptions { Silos = 3 }))
        {
            // As `sim run` does: the run's context loaded once, shared by the embedded silos and the driver.
            var spec = SmallRun.Spec("det", c.Path);
            var context = new RunContext(spec);
            embedded.Contexts.Add(context);
            await RunDriver.RunAsync(embedded.Client, spec, progress: null, CancellationToken.None, context: context);
            Assert.Null(embedded.Contexts.Find("det")); // the run's grains forgot it when the run completed
        }

        await SmallRun.OnGrainsAsync(SmallRun.Spec("det", d.Path, seed: 7), silos: 1);

        var reference = ParquetFiles(a.Path);
        Assert.Equal(80, reference.Count);
        foreach (var other in new[] { b.Path, c.Path })
        {
            var files = ParquetFiles(other);
            Assert.Equal(reference.Keys, files.Keys);
            foreach (var (path, bytes) in reference)
            {
                Assert.True(bytes.AsSpan().SequenceEqual(files[path]), $"{path} differs between {a.Path} and {other}");
            }
        }

        // Another seed: other values, not just other metadata (the seed is in every file's metadata too).
        Assert.NotEqual(Column(a.Path, "births"), Column(d.Path, "births"));
        Assert.NotEqual(Column(a.Path, "moves_out"), Column(d.Path, "moves_out"));
    }

    private static long[] Column(string root, string name) =>
        [.. Enumerable.Range(0, 20).SelectMany(r =>
        {
            using var reader = Sim.Parquet.ParquetFileReader.Open(Path.Combine(root, "region_month", $"part-{r:D2}.parquet"));
            return reader.ReadAll<long>(name);
        })];

    private static SortedDictionary<string, byte[]> ParquetFiles(string root) =>
        new(Directory.GetFiles(root, "*.parquet", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(root, p).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);
}
