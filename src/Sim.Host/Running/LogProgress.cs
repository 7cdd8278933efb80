using Microsoft.Extensions.Logging;
using Sim.Grains.Hosting;

namespace Sim.Host.Running;

/// <summary>Plain progress lines for redirected output and CI: the start, every December and the last month.</summary>
internal sealed class LogProgress(ILogger logger) : IProgress<RunProgress>
{
    private readonly ProgressMeter _meter = new();

    public void Report(RunProgress value)
    {
        _meter.Update(value);
        if (value.MonthsDone == 0)
        {
            logger.LogInformation("population synthesised: {Persons} persons ({Agents:N0} agents)", ProgressMeter.Persons(value.Persons), value.Agents);
        }
        else if (value.Month.Month == 12 || value.MonthsDone == value.MonthCount)
        {
            logger.LogInformation(
                "{Month}: month {Done}/{Count}, {Persons} persons, {Rate} person-months/s, ETA {Eta}",
                value.Month, value.MonthsDone, value.MonthCount, ProgressMeter.Persons(value.Persons),
                ProgressMeter.Rate(_meter.PersonMonthsPerSecond), ProgressMeter.Duration(_meter.Eta));
        }
    }
}
