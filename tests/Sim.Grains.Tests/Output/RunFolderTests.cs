using Sim.Grains.Output;

namespace Sim.Grains.Tests.Output;

public sealed class RunFolderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "runfolder-tests-" + Environment.ProcessId + "-" + Environment.CurrentManagedThreadId + "-" + System.Threading.Interlocked.Increment(ref s_counter));
    private static int s_counter;

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Publish_moves_staged_files_into_the_final_folder_and_leaves_no_staging_folder()
    {
        var final = Path.Combine(_root, "run1");
        using (var folder = RunFolder.Create(final, overwrite: false))
        {
            File.WriteAllText(folder.PathFor("region_month/part-0.parquet"), "data");
            Assert.False(Directory.Exists(final));
            folder.Publish();
        }

        Assert.Equal("data", File.ReadAllText(Path.Combine(final, "region_month", "part-0.parquet")));
        Assert.Equal(new[] { final }, Directory.GetFileSystemEntries(_root));
    }

    [Fact]
    public void An_unpublished_run_leaves_nothing_behind()
    {
        var final = Path.Combine(_root, "run2");
        using (var folder = RunFolder.Create(final, overwrite: false))
        {
            File.WriteAllText(folder.PathFor("manifest.json"), "{}");
        }

        Assert.Empty(Directory.GetFileSystemEntries(_root));
    }

    [Fact]
    public void An_existing_run_is_refused_without_overwrite_and_kept_intact()
    {
        var final = Path.Combine(_root, "run3");
        Directory.CreateDirectory(final);
        File.WriteAllText(Path.Combine(final, "manifest.json"), "earlier");

        var ex = Assert.Throws<RunFolderExistsException>(() => RunFolder.Create(final, overwrite: false));
        Assert.Contains("--force", ex.Message, StringComparison.Ordinal);
        Assert.Equal("earlier", File.ReadAllText(Path.Combine(final, "manifest.json")));
    }

    [Fact]
    public void Overwrite_keeps_the_earlier_run_until_the_new_one_is_published()
    {
        var final = Path.Combine(_root, "run4");
        Directory.CreateDirectory(final);
        File.WriteAllText(Path.Combine(final, "manifest.json"), "earlier");

        using (var folder = RunFolder.Create(final, overwrite: true))
        {
            File.WriteAllText(folder.PathFor("manifest.json"), "new");
            Assert.Equal("earlier", File.ReadAllText(Path.Combine(final, "manifest.json")));
            folder.Publish();
        }

        Assert.Equal("new", File.ReadAllText(Path.Combine(final, "manifest.json")));
        Assert.Equal(new[] { final }, Directory.GetFileSystemEntries(_root));
    }

    [Fact]
    public void A_cancelled_overwrite_leaves_the_earlier_run_untouched()
    {
        var final = Path.Combine(_root, "run5");
        Directory.CreateDirectory(final);
        File.WriteAllText(Path.Combine(final, "manifest.json"), "earlier");

        using (var folder = RunFolder.Create(final, overwrite: true))
        {
            File.WriteAllText(folder.PathFor("manifest.json"), "new");
        }

        Assert.Equal("earlier", File.ReadAllText(Path.Combine(final, "manifest.json")));
        Assert.Equal(new[] { final }, Directory.GetFileSystemEntries(_root));
    }

    [Fact]
    public void Paths_outside_the_run_folder_are_rejected()
    {
        using var folder = RunFolder.Create(Path.Combine(_root, "run6"), overwrite: false);
        Assert.Throws<ArgumentException>(() => folder.PathFor("../escape.txt"));
    }
}
