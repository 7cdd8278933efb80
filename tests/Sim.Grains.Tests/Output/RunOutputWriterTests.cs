using Sim.Grains.Hosting;
using Sim.Grains.Regions;
using Sim.Grains.Runs;
using Sim.Grains.Tests.Infrastructure;
using Sim.Model;
using Sim.Model.Engine;
using Sim.Output;

namespace Sim.Grains.Tests.Output;

/// <summary>
/// The driver's writer stores snapshot files on a background task while the run goes on: they must be complete and
/// listed when <see cref="RunOutputWriter.Complete"/> returns, and a failure to store one must reach the caller.
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
        var first = Chunks(3, seed: 1);
        var second = Chunks(2, seed: 2);
        using (var writer = new RunOutputWriter(new OutputRoot(_root), _run))
        {
            writer.AddMonth(new YearMonth(2023, 12), Settlements(new YearMonth(2023, 12), new SnapshotFile("persons/year=2023/part-00.parquet", 7, first)));
            writer.AddMonth(new YearMonth(2024, 12), Settlements(new YearMonth(2024, 12), new SnapshotFile("persons/year=2024/part-00.parquet", 5, second)));
            var files = writer.Complete();

            Assert.Contains(files, f => f.Path == "persons/year=2023/part-00.parquet" && f.Rows == 7);
            Assert.Contains(files, f => f.Path == "persons/year=2024/part-00.parquet" && f.Rows == 5);
        }

        Assert.Equal(first.SelectMany(c => c), File.ReadAllBytes(Path.Combine(_root, "persons", "year=2023", "part-00.parquet")));
        Assert.Equal(second.SelectMany(c => c), File.ReadAllBytes(Path.Combine(_root, "persons", "year=2024", "part-00.parquet")));
    }

    [Fact]
    public void A_snapshot_that_cannot_be_stored_fails_complete()
    {
        Directory.CreateDirectory(Path.Combine(_root, "persons", "year=2023"));
        File.WriteAllText(Path.Combine(_root, "persons", "year=2023", "part-00.parquet"), "already here");
        using var writer = new RunOutputWriter(new OutputRoot(_root), _run);
        writer.AddMonth(new YearMonth(2023, 12), Settlements(new YearMonth(2023, 12), new SnapshotFile("persons/year=2023/part-00.parquet", 1, Chunks(1, seed: 3))));

        Assert.Throws<IOException>(() => writer.Complete());
        Assert.Equal("already here", File.ReadAllText(Path.Combine(_root, "persons", "year=2023", "part-00.parquet")));
    }

    private RegionSettlement[] Settlements(YearMonth month, SnapshotFile snapshot) =>
        [.. _run.Model.Regions.Select(r => new RegionSettlement(
            new RegionMonthIndicators { Year = month.Year, Month = month.Month, RegionIndex = r.Index }, [], [], r.Index == 0 ? snapshot : null))];

    private static byte[][] Chunks(int count, int seed) =>
        [.. Enumerable.Range(0, count).Select(k => Enumerable.Range(0, 1_000 + k).Select(i => (byte)((i * 31) + (k * 7) + seed)).ToArray())];
}
