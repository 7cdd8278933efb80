using Sim.Grains.Hosting;
using Sim.Grains.Regions;
using Sim.Grains.Runs;
using Sim.Grains.Tests.Infrastructure;
using Sim.Model;
using Sim.Model.Engine;
using Sim.Output;

namespace Sim.Grains.Tests.Output;

/// <summary>
/// The driver's writer takes the snapshot files the regions announce and stores them on a background task while the
/// run goes on: they must be complete and listed when <see cref="RunOutputWriter.Complete"/> returns, released only
/// once written, and a failure to take or store one must reach the caller.
/// </summary>
public sealed class RunOutputWriterTests : IDisposable
{
    private static int s_counter;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "runoutputwriter-tests-" + Environment.ProcessId + "-" + Interlocked.Increment(ref s_counter));
    private readonly RunContext _run;

    public RunOutputWriterTests()
    {
        Directory.CreateDirectory(_root);
        _run = new RunContext(SmallRun.Spec("writer-test", _root));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Snapshot_files_of_several_months_are_whole_and_listed_when_complete_returns()
    {
        var source = new Snapshots();
        var regions = _run.Model.RegionCount;
        foreach (var year in new[] { 2023, 2024 })
        {
            for (var r = 0; r < regions; r++)
            {
                source.Add(r, new YearMonth(year, 12), new SnapshotFile($"persons/year={year}/part-{r:00}.parquet", (year * 100) + r, Chunks(1 + (r % 3), seed: year + r)));
            }
        }

        using (var writer = new RunOutputWriter(new OutputRoot(_root), _run, source))
        {
            writer.AddMonth(new YearMonth(2023, 12), Settlements(new YearMonth(2023, 12), ready: true));
            writer.AddMonth(new YearMonth(2024, 1), Settlements(new YearMonth(2024, 1), ready: false));
            writer.AddMonth(new YearMonth(2024, 12), Settlements(new YearMonth(2024, 12), ready: true));
            var files = writer.Complete();

            Assert.Equal(2 * regions, files.Count(f => f.Path.StartsWith("persons/", StringComparison.Ordinal)));
            Assert.Contains(files, f => f.Path == "persons/year=2023/part-00.parquet" && f.Rows == 202300);
            Assert.Contains(files, f => f.Path == "persons/year=2024/part-01.parquet" && f.Rows == 202401);
        }

        foreach (var ((region, month), file) in source.Files)
        {
            Assert.Equal(file.Chunks.SelectMany(c => c), File.ReadAllBytes(Path.Combine(_root, file.Path)));
            Assert.Contains((region, month), source.Released);
        }

        Assert.Equal(source.Files.Count, source.Released.Count);
    }

    [Fact]
    public void A_snapshot_that_cannot_be_taken_fails_complete_and_is_not_released()
    {
        var source = new Snapshots();
        using var writer = new RunOutputWriter(new OutputRoot(_root), _run, source);
        writer.AddMonth(new YearMonth(2023, 12), Settlements(new YearMonth(2023, 12), ready: true));

        var e = Assert.Throws<InvalidOperationException>(() => writer.Complete());
        Assert.Contains("no snapshot", e.Message, StringComparison.Ordinal);
        Assert.Empty(source.Released);
    }

    [Fact]
    public void A_snapshot_that_cannot_be_stored_fails_complete()
    {
        Directory.CreateDirectory(Path.Combine(_root, "persons", "year=2023"));
        File.WriteAllText(Path.Combine(_root, "persons", "year=2023", "part-00.parquet"), "already here");
        var source = new Snapshots();
        source.Add(0, new YearMonth(2023, 12), new SnapshotFile("persons/year=2023/part-00.parquet", 1, Chunks(1, seed: 3)));
        using var writer = new RunOutputWriter(new OutputRoot(_root), _run, source);
        writer.AddMonth(new YearMonth(2023, 12), [.. Settlements(new YearMonth(2023, 12), ready: false).Select((s, r) => s with { SnapshotReady = r == 0 })]);

        Assert.Throws<IOException>(() => writer.Complete());
        Assert.Equal("already here", File.ReadAllText(Path.Combine(_root, "persons", "year=2023", "part-00.parquet")));
        Assert.Empty(source.Released);
    }

    private RegionSettlement[] Settlements(YearMonth month, bool ready) =>
        [.. _run.Model.Regions.Select(r => new RegionSettlement(
            new RegionMonthIndicators { Year = month.Year, Month = month.Month, RegionIndex = r.Index }, [], [], ready))];

    private static byte[][] Chunks(int count, int seed) =>
        [.. Enumerable.Range(0, count).Select(k => Enumerable.Range(0, 1_000 + k).Select(i => (byte)((i * 31) + (k * 7) + seed)).ToArray())];

    /// <summary>Snapshot files by region and month, as region grains would hold them; records which were released.</summary>
    private sealed class Snapshots : ISnapshotSource
    {
        private readonly Lock _lock = new();

        public Dictionary<(int Region, YearMonth Month), SnapshotFile> Files { get; } = [];

        public List<(int Region, YearMonth Month)> Released { get; } = [];

        public void Add(int region, YearMonth month, SnapshotFile file) => Files[(region, month)] = file;

        public async Task<SnapshotFile> TakeAsync(int regionIndex, YearMonth month, CancellationToken cancellationToken)
        {
            // Answers arrive later than asked, and in another order than asked, as from silos.
            await Task.Delay((regionIndex * 7) % 5, cancellationToken);
            return Files.TryGetValue((regionIndex, month), out var file) ? file
                : throw new InvalidOperationException($"region {regionIndex} has no snapshot of {month}");
        }

        public Task ReleaseAsync(int regionIndex, YearMonth month, CancellationToken cancellationToken)
        {
            lock (_lock)
            {
                Released.Add((regionIndex, month));
            }

            return Task.CompletedTask;
        }
    }
}
