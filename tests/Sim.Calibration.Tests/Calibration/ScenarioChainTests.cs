using Sim.Calibration.Calibration;
using Sim.Calibration.Tests.Observed;
using Sim.Scenarios;

namespace Sim.Calibration.Tests.Calibration;

public sealed class ScenarioChainTests
{
    [Fact]
    public void The_parent_is_the_extends_line_resolved_against_the_files_folder()
    {
        using var folder = new TempFolder();
        var root = folder.Write("root.yaml", "name: root\n");
        var child = folder.Write("child.yaml", "name: child\nextends: root.yaml\n");
        Assert.Null(ScenarioLoader.ParentOf(root));
        Assert.Equal(root, ScenarioLoader.ParentOf(child));
    }

    [Fact]
    public void The_default_parent_of_a_new_calibrated_file_is_the_scenarios_parent()
    {
        using var folder = new TempFolder();
        var root = folder.Write("root.yaml", "name: root\n");
        var child = folder.Write("child.yaml", "name: child\nextends: root.yaml\n");
        Assert.Equal(root, ScenarioChain.DefaultParent(child, Path.Combine(folder.Path, "calibrated.yaml")));
    }

    [Fact]
    public void A_scenario_that_already_extends_the_calibrated_file_does_not_make_it_extend_itself()
    {
        using var folder = new TempFolder();
        var root = folder.Write("root.yaml", "name: root\n");
        var calibrated = folder.Write("calibrated.yaml", "name: calibrated\nextends: root.yaml\n");
        var child = folder.Write("child.yaml", "name: child\nextends: calibrated.yaml\n");
        Assert.Equal(root, ScenarioChain.DefaultParent(child, calibrated));
    }

    [Fact]
    public void An_existing_calibrated_file_keeps_its_parent()
    {
        using var folder = new TempFolder();
        folder.Write("root.yaml", "name: root\n");
        var other = folder.Write("other.yaml", "name: other\n");
        var calibrated = folder.Write("calibrated.yaml", "name: calibrated\nextends: other.yaml\n");
        var child = folder.Write("child.yaml", "name: child\nextends: root.yaml\n");
        Assert.Equal(other, ScenarioChain.DefaultParent(child, calibrated));
    }
}
