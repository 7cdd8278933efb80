using Sim.Calibration.Calibration;
using Sim.Calibration.Observed;
using Sim.Calibration.Tests.Observed;
using Sim.Model;

namespace Sim.Calibration.Tests.Calibration;

public sealed class HorizonTests
{
    [Fact]
    public void The_horizon_is_the_latest_step_an_observation_inside_the_scenario_needs()
    {
        using var folder = ObservedFiles.Create();
        var observed = ObservedDataLoader.Load(folder.Path);

        // Population on 1 Jan 2023 needs step 2022-12; births 2022 the same; Russians late Nov 2022-11; the rent
        // rows 2022-11 and (monthly index) 2022-08. The latest is 2022-12.
        Assert.Equal(new YearMonth(2022, 12), Horizon.LastMonthNeeded(observed, new YearMonth(2022, 1), new YearMonth(2030, 12)));

        // A scenario ending earlier caps it.
        Assert.Equal(new YearMonth(2022, 11), Horizon.LastMonthNeeded(observed, new YearMonth(2022, 1), new YearMonth(2022, 11)));
    }
}
