using Sim.Host.Running;
using Sim.Host.Tests.Infrastructure;

namespace Sim.Host.Tests.Commands;

public sealed class RunFolderChooserTests
{
    [Fact]
    public void The_default_folder_is_numbered_when_taken_and_reused_with_force()
    {
        using var temp = new TempFolder("choose");
        var first = Path.Combine(temp.Path, "baseline-seed42");
        Assert.Equal((first, (string?)null), RunFolderChooser.Choose(null, "baseline", 42, force: false, temp.Path));

        Directory.CreateDirectory(first);
        Directory.CreateDirectory(first + "-2");
        Assert.Equal((first + "-3", first), RunFolderChooser.Choose(null, "baseline", 42, force: false, temp.Path));
        Assert.Equal((first, (string?)null), RunFolderChooser.Choose(null, "baseline", 42, force: true, temp.Path));
    }

    [Fact]
    public void An_explicit_folder_is_used_as_given()
    {
        Assert.Equal(("runs/a", (string?)null), RunFolderChooser.Choose("runs/a", "baseline", 1, force: false));
    }

    [Theory]
    [InlineData("baseline", "baseline")]
    [InlineData("a/b\\c", "a_b_c")]
    [InlineData("..", "scenario")]
    [InlineData("../../etc", "_.._etc")]
    [InlineData(".hidden", "hidden")]
    [InlineData("policy *?[x] run", "policy____x__run")]
    [InlineData("Жаңа саясат", "Жаңа_саясат")]
    [InlineData("", "scenario")]
    public void Scenario_names_become_safe_visible_folder_names(string name, string folder)
    {
        Assert.Equal(folder, RunFolderChooser.Sanitize(name));
    }

    [Fact]
    public void A_default_name_claimed_by_a_running_run_is_skipped()
    {
        using var temp = new TempFolder("claimed");
        var first = Path.Combine(temp.Path, "baseline-seed42");
        File.WriteAllText(Path.Combine(temp.Path, ".baseline-seed42.lock"), "sim run claim\npid 1\n");
        Assert.Equal((first + "-2", first), RunFolderChooser.Choose(null, "baseline", 42, force: false, temp.Path));
    }
}
