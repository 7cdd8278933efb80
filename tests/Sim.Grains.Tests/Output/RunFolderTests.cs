using Sim.Output;

namespace Sim.Grains.Tests.Output;

public sealed class RunFolderTests : IDisposable
{
    private const string EarlierManifest = """{"format": "sim-run/1", "run": "earlier"}""";
    private static int s_counter;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "runfolder-tests-" + Environment.ProcessId + "-" + Interlocked.Increment(ref s_counter));

    public RunFolderTests() => Directory.CreateDirectory(_root);

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Publish_moves_staged_files_into_the_final_folder_and_leaves_nothing_else()
    {
        var final = Path.Combine(_root, "run1");
        using (var folder = RunFolder.Create(final, overwrite: false))
        {
            File.WriteAllText(folder.PathFor("region_month/part-0.parquet"), "data");
            Assert.False(Directory.Exists(final));
            Assert.Equal([".run1.lock", $".run1.partial-{Environment.ProcessId}"], Names(_root));
            folder.Publish();
        }

        Assert.Equal("data", File.ReadAllText(Path.Combine(final, "region_month", "part-0.parquet")));
        Assert.Equal(["run1"], Names(_root));
        Assert.Equal(["region_month"], Names(final));
    }

    [Fact]
    public void An_unpublished_run_leaves_nothing_behind()
    {
        using (var folder = RunFolder.Create(Path.Combine(_root, "run2"), overwrite: false))
        {
            File.WriteAllText(folder.PathFor("manifest.json"), "{}");
        }

        Assert.Empty(Directory.GetFileSystemEntries(_root));
    }

    [Fact]
    public void An_existing_run_is_refused_without_overwrite_and_kept_intact()
    {
        var final = EarlierRun("run3");

        var ex = Assert.Throws<RunFolderExistsException>(() => RunFolder.Create(final, overwrite: false));
        Assert.Contains("--force", ex.Message, StringComparison.Ordinal);
        Assert.Equal(EarlierManifest, File.ReadAllText(Path.Combine(final, "manifest.json")));
        Assert.Equal(["run3"], Names(_root));
    }

    [Fact]
    public void Overwrite_keeps_the_earlier_run_until_the_new_one_is_published()
    {
        var final = EarlierRun("run4");
        using (var folder = RunFolder.Create(final, overwrite: true))
        {
            File.WriteAllText(folder.PathFor("manifest.json"), "new");
            Assert.Equal(EarlierManifest, File.ReadAllText(Path.Combine(final, "manifest.json")));
            folder.Publish();
        }

        Assert.Equal("new", File.ReadAllText(Path.Combine(final, "manifest.json")));
        Assert.Equal(["run4"], Names(_root));
    }

    [Fact]
    public void A_cancelled_overwrite_leaves_the_earlier_run_untouched()
    {
        var final = EarlierRun("run5");
        using (var folder = RunFolder.Create(final, overwrite: true))
        {
            File.WriteAllText(folder.PathFor("manifest.json"), "new");
        }

        Assert.Equal(EarlierManifest, File.ReadAllText(Path.Combine(final, "manifest.json")));
        Assert.Equal(["run5"], Names(_root));
    }

    [Theory]
    [InlineData("""{"title": "my thesis"}""")]
    [InlineData("""{"format": "sim-run/2"}""")]
    [InlineData("not json")]
    [InlineData(null)]
    public void Overwrite_refuses_a_folder_that_is_not_a_run_of_ours_and_touches_nothing(string? manifest)
    {
        var final = Path.Combine(_root, "thesis");
        Directory.CreateDirectory(final);
        File.WriteAllText(Path.Combine(final, "chapter.tex"), "text");
        if (manifest is not null)
        {
            File.WriteAllText(Path.Combine(final, "manifest.json"), manifest);
        }

        var ex = Assert.Throws<RunFolderRefusedException>(() => RunFolder.Create(final, overwrite: true));

        Assert.Contains("not a run folder written by sim", ex.Message, StringComparison.Ordinal);
        Assert.Equal(["thesis"], Names(_root));
        Assert.Equal("text", File.ReadAllText(Path.Combine(final, "chapter.tex")));
    }

    [Fact]
    public void Overwrite_refuses_a_file_and_a_link_to_a_run()
    {
        var file = Path.Combine(_root, "notes.txt");
        File.WriteAllText(file, "notes");
        var run = EarlierRun("real");
        var link = Path.Combine(_root, "link");
        Directory.CreateSymbolicLink(link, run);

        Assert.Throws<RunFolderRefusedException>(() => RunFolder.Create(file, overwrite: true));
        Assert.Throws<RunFolderRefusedException>(() => RunFolder.Create(link, overwrite: true));

        Assert.Equal("notes", File.ReadAllText(file));
        Assert.Equal(["link", "notes.txt", "real"], Names(_root));
    }

    [Fact]
    public void A_folder_that_stops_being_a_run_during_the_run_is_not_replaced()
    {
        var final = EarlierRun("run7");
        using var folder = RunFolder.Create(final, overwrite: true);
        File.WriteAllText(Path.Combine(final, "manifest.json"), """{"mine": true}""");

        Assert.Throws<RunFolderRefusedException>(folder.Publish);
        Assert.Equal("""{"mine": true}""", File.ReadAllText(Path.Combine(final, "manifest.json")));
    }

    [Fact]
    public void An_empty_folder_is_taken()
    {
        var final = Path.Combine(_root, "empty");
        Directory.CreateDirectory(final);
        using (var folder = RunFolder.Create(final, overwrite: false))
        {
            File.WriteAllText(folder.PathFor("manifest.json"), "new");
            folder.Publish();
        }

        Assert.Equal("new", File.ReadAllText(Path.Combine(final, "manifest.json")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("/")]
    public void Empty_and_root_paths_are_refused(string path)
    {
        Assert.Throws<RunFolderRefusedException>(() => RunFolder.Create(path, overwrite: true));
    }

    [Fact]
    public void A_second_claim_on_the_same_folder_fails_at_once_and_works_again_after_release()
    {
        var final = Path.Combine(_root, "run8");
        using (RunFolder.Create(final, overwrite: false))
        {
            var ex = Assert.Throws<RunFolderRefusedException>(() => RunFolder.Create(final, overwrite: false));
            Assert.Contains("another run is writing", ex.Message, StringComparison.Ordinal);
        }

        using (RunFolder.Create(final, overwrite: false))
        {
            Assert.Equal([".run8.lock", $".run8.partial-{Environment.ProcessId}"], Names(_root));
        }
    }

    [Fact]
    public void Of_many_simultaneous_claims_exactly_one_wins()
    {
        var final = Path.Combine(_root, "run9");
        using var start = new Barrier(8);
        var claims = new RunFolderClaim?[8];
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            start.SignalAndWait();
            claims[i] = RunFolderClaim.TryAcquire(final);
        });

        Assert.Single(claims, c => c is not null);
        foreach (var claim in claims)
        {
            claim?.Dispose();
        }

        Assert.Empty(Directory.GetFileSystemEntries(_root));
    }

    [Fact]
    public void A_claim_left_by_a_killed_run_is_taken_over_but_a_foreign_file_is_not()
    {
        var final = Path.Combine(_root, "run10");
        File.WriteAllText(RunFolderClaim.PathOf(final), RunFolderClaim.Header + "\npid 999999\n");
        using (var claim = RunFolderClaim.TryAcquire(final))
        {
            Assert.NotNull(claim);
            Assert.True(claim.TookOverStaleClaim);
        }

        File.WriteAllText(RunFolderClaim.PathOf(final), "someone else's lock");
        Assert.Throws<RunFolderRefusedException>(() => RunFolderClaim.TryAcquire(final));
        Assert.Equal("someone else's lock", File.ReadAllText(RunFolderClaim.PathOf(final)));
    }

    [Fact]
    public void The_sweep_removes_leftovers_with_our_marker_and_only_those()
    {
        var killed = Path.Combine(_root, ".a.partial-4242");
        Directory.CreateDirectory(Path.Combine(killed, "flows"));
        File.WriteAllText(Path.Combine(killed, RunFolderMarkers.StagingFileName), RunFolderMarkers.StagingHeader + "\npid 4242\n");
        File.WriteAllText(RunFolderClaim.PathOf(Path.Combine(_root, "a")), RunFolderClaim.Header + "\npid 4242\n");
        var foreign = Path.Combine(_root, ".b.partial-17");
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "keep.txt"), "mine");

        var report = RunFolderLeftovers.Sweep(_root);

        Assert.Equal([".b.partial-17"], Names(_root));
        Assert.Contains(report, line => line.Contains(".a.partial-4242", StringComparison.Ordinal) && line.StartsWith("removed", StringComparison.Ordinal));
        Assert.Contains(report, line => line.Contains(".b.partial-17", StringComparison.Ordinal) && line.StartsWith("left", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sweep_leaves_a_live_run_alone()
    {
        var final = Path.Combine(_root, "live");
        using var live = RunFolder.Create(final, overwrite: false);

        Assert.Empty(RunFolderLeftovers.Sweep(_root));
        Assert.True(Directory.Exists(live.StagingPath));
    }

    [Fact]
    public void The_sweep_puts_back_a_run_whose_replacement_was_killed_between_the_renames()
    {
        var aside = Path.Combine(_root, ".c.replaced-4242");
        Directory.CreateDirectory(aside);
        File.WriteAllText(Path.Combine(aside, "manifest.json"), EarlierManifest);

        var report = RunFolderLeftovers.Sweep(_root);

        Assert.Equal(["c"], Names(_root));
        Assert.Equal(EarlierManifest, File.ReadAllText(Path.Combine(_root, "c", "manifest.json")));
        Assert.Contains(report, line => line.StartsWith("restored", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(".run.lock", "run")]
    [InlineData(".baseline-seed42-2.partial-1234", "baseline-seed42-2")]
    [InlineData(".a.b.replaced-7", "a.b")]
    [InlineData(".run.partial-x", null)]
    [InlineData("run.lock", null)]
    [InlineData(".lock", null)]
    public void Leftover_names_are_parsed_strictly(string entry, string? name)
    {
        Assert.Equal(name, RunFolderLeftovers.NameOf(entry));
    }

    [Fact]
    public void Paths_outside_the_run_folder_are_rejected()
    {
        using var folder = RunFolder.Create(Path.Combine(_root, "run6"), overwrite: false);
        Assert.Throws<ArgumentException>(() => folder.PathFor("../escape.txt"));
    }

    private static List<string> Names(string folder) =>
        [.. Directory.GetFileSystemEntries(folder).Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];

    private string EarlierRun(string name)
    {
        var final = Path.Combine(_root, name);
        Directory.CreateDirectory(final);
        File.WriteAllText(Path.Combine(final, "manifest.json"), EarlierManifest);
        return final;
    }
}
