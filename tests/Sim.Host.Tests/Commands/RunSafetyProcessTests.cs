using Sim.Host.Tests.Infrastructure;

namespace Sim.Host.Tests.Commands;

/// <summary>
/// <c>sim run</c> as a separate process, as a user runs it: exit codes, signals, killed runs, racing runs and
/// exactly what is left on disk afterwards.
/// </summary>
public sealed class RunSafetyProcessTests
{
    /// <summary>The small scenario over eight years: long enough (seconds) to be signalled or killed mid-run.</summary>
    private static readonly string[] LongRun = ["--end", "2030-12"];

    [Fact]
    public async Task Force_on_a_folder_that_is_not_a_run_is_refused_and_nothing_is_touched()
    {
        using var temp = new TempFolder("force-thesis");
        var thesis = temp.Combine("thesis");
        Directory.CreateDirectory(Path.Combine(thesis, "chapters"));
        File.WriteAllText(Path.Combine(thesis, "chapters", "one.tex"), "chapter one");
        File.WriteAllText(Path.Combine(thesis, "manifest.json"), """{"title": "my thesis"}""");
        var before = Snapshot(temp.Path);

        var (code, output) = await SimProcess.RunAsync(thesis, ["run", CliHarness.SmallScenario, "--out", ".", "--force", "--end", "2023-02"]);

        Assert.Equal(2, code);
        Assert.Contains("is not a run folder written by sim", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(temp.Path));
    }

    [Fact]
    public async Task Force_on_a_file_is_refused_and_the_file_is_untouched()
    {
        using var temp = new TempFolder("force-file");
        var file = temp.Combine("notes.txt");
        File.WriteAllText(file, "my notes");
        var before = Snapshot(temp.Path);

        var (code, output) = await SimProcess.RunAsync(temp.Path, ["run", CliHarness.SmallScenario, "--out", "notes.txt", "--force", "--end", "2023-02"]);

        Assert.Equal(2, code);
        Assert.Contains("is a file or a link, not a run folder", output, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(temp.Path));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/dev/null")]
    [InlineData("/dev/null/run")]
    [InlineData("/proc/sim-run")]
    public async Task An_unusable_out_gives_one_line_and_exit_2(string output)
    {
        using var temp = new TempFolder("bad-out");
        var (code, text) = await SimProcess.RunAsync(temp.Path, ["run", CliHarness.SmallScenario, "--out", output, "--end", "2023-02"]);

        Assert.Equal(2, code);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.Contains("sim run:", text, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public async Task Force_replaces_a_run_only_once_the_new_one_is_complete()
    {
        using var temp = new TempFolder("force-run");
        var (first, firstOutput) = await SimProcess.RunAsync(temp.Path, ["run", CliHarness.SmallScenario, "--out", "r", "--end", "2023-02"]);
        Assert.True(first == 0, firstOutput);

        using var second = SimProcess.Start(temp.Path, ["run", CliHarness.SmallScenario, "--out", "r", "--force", .. LongRun]);
        await second.WaitForLineAsync("population synthesised");
        Assert.Contains("\"months\": 2", File.ReadAllText(temp.Combine("r", "manifest.json")), StringComparison.Ordinal);
        Assert.Equal(0, await second.WaitForExitAsync());

        Assert.Contains("\"months\": 96", File.ReadAllText(temp.Combine("r", "manifest.json")), StringComparison.Ordinal);
        Assert.Equal(["r"], Names(temp.Path));
    }

    [Fact]
    public async Task A_second_run_to_the_same_folder_fails_at_once_while_the_first_completes()
    {
        using var temp = new TempFolder("race");
        using var first = SimProcess.Start(temp.Path, ["run", CliHarness.SmallScenario, "--out", "r", .. LongRun]);
        await first.WaitForLineAsync("population synthesised");

        var (code, output) = await SimProcess.RunAsync(temp.Path, ["run", CliHarness.SmallScenario, "--out", "r", "--force", .. LongRun]);

        Assert.Equal(2, code);
        Assert.Contains("another run is writing", output, StringComparison.Ordinal);
        Assert.False(first.HasExited, "the loser fails while the winner is still running");
        Assert.Equal(0, await first.WaitForExitAsync());
        Assert.Equal(["r"], Names(temp.Path));
    }

    [Fact]
    public async Task A_second_default_run_while_the_first_runs_takes_the_next_number()
    {
        using var temp = new TempFolder("race-default");
        Directory.CreateDirectory(temp.Combine("out"));
        using var first = SimProcess.Start(temp.Path, ["run", CliHarness.SmallScenario, .. LongRun]);
        await first.WaitForLineAsync("population synthesised");

        var (code, output) = await SimProcess.RunAsync(temp.Path, ["run", CliHarness.SmallScenario, "--end", "2023-02"]);

        Assert.True(code == 0, output);
        Assert.Equal(0, await first.WaitForExitAsync());
        Assert.Equal(["grains-small-seed20230101", "grains-small-seed20230101-2"], Names(temp.Combine("out")));
    }

    [Fact]
    public async Task A_killed_run_leaves_a_hidden_folder_that_the_next_run_reports_and_removes()
    {
        using var temp = new TempFolder("killed");
        int killedId;
        using (var killed = SimProcess.Start(temp.Path, ["run", CliHarness.SmallScenario, "--out", "r", .. LongRun]))
        {
            await killed.WaitForLineAsync("population synthesised");
            killedId = killed.Id;
            await killed.SignalAsync("KILL");
            Assert.Equal(137, await killed.WaitForExitAsync());
        }

        var partial = $".r.partial-{killedId}";
        Assert.Equal([".r.lock", partial], Names(temp.Path));

        var (code, output) = await SimProcess.RunAsync(temp.Path, ["run", CliHarness.SmallScenario, "--out", "r", "--end", "2023-02"]);

        Assert.True(code == 0, output);
        Assert.Contains($"removed '{temp.Combine(partial)}'", output, StringComparison.Ordinal);
        Assert.Equal(["r"], Names(temp.Path));
    }

    [Fact]
    public async Task A_killed_run_is_cleaned_up_by_the_next_run_to_another_folder_beside_it()
    {
        using var temp = new TempFolder("killed-other");
        using (var killed = SimProcess.Start(temp.Path, ["run", CliHarness.SmallScenario, "--out", "a", .. LongRun]))
        {
            await killed.WaitForLineAsync("population synthesised");
            await killed.SignalAsync("KILL");
            await killed.WaitForExitAsync();
        }

        var (code, output) = await SimProcess.RunAsync(temp.Path, ["run", CliHarness.SmallScenario, "--out", "b", "--end", "2023-02"]);

        Assert.True(code == 0, output);
        Assert.Contains("left by a run to", output, StringComparison.Ordinal);
        Assert.Equal(["b"], Names(temp.Path));
    }

    [Theory]
    [InlineData("TERM", "run grains-small")]
    [InlineData("INT", "run grains-small")]
    [InlineData("TERM", "population synthesised")]
    public async Task A_signal_at_any_stage_exits_130_and_leaves_nothing(string signal, string stage)
    {
        using var temp = new TempFolder("signal");
        using var sim = SimProcess.Start(temp.Path, ["run", CliHarness.SmallScenario, "--out", "r", "--silos", "16", .. LongRun]);
        await sim.WaitForLineAsync(stage);

        await sim.SignalAsync(signal);

        var code = await sim.WaitForExitAsync();
        Assert.True(code == 130, $"exit {code}: {sim.Output}");
        Assert.Contains("received; stopping", sim.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public async Task A_seed_outside_the_range_and_too_many_silos_are_refused_with_the_range()
    {
        using var temp = new TempFolder("seed");
        var (code, output) = await SimProcess.RunAsync(temp.Path, ["run", CliHarness.SmallScenario, "--seed", "-1", "--silos", "17"]);

        Assert.Equal(2, code);
        Assert.Contains("--seed -1: allowed an integer from 0 to 9007199254740991", output, StringComparison.Ordinal);
        Assert.Contains("--silos 17: allowed 1 to 16", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    private static List<string> Names(string folder) =>
        [.. Directory.GetFileSystemEntries(folder).Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];

    private static List<string> Snapshot(string folder) =>
        [.. Directory.GetFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p => Path.GetRelativePath(folder, p) + (File.Exists(p) ? " = " + File.ReadAllText(p) : "/"))];
}
