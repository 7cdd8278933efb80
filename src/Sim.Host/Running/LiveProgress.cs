using Sim.Grains.Hosting;
using Spectre.Console;

namespace Sim.Host.Running;

/// <summary>The live progress bar on a terminal: month, persons, person-months/s, ETA.</summary>
internal static class LiveProgress
{
    public static Task<T> RunAsync<T>(IAnsiConsole console, string title, Func<IProgress<RunProgress>, Task<T>> body) =>
        console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(title + ": synthesising the population"), maxValue: 1);
                task.IsIndeterminate = true;
                var meter = new ProgressMeter();
                var progress = SyncProgress.Create<RunProgress>(p =>
                {
                    meter.Update(p);
                    task.IsIndeterminate = false;
                    task.MaxValue = p.MonthCount;
                    task.Value = p.MonthsDone;
                    task.Description = Markup.Escape(FormattableString.Invariant(
                        $"{title} {p.Month}  {ProgressMeter.Persons(p.Persons)} persons  {ProgressMeter.Rate(meter.PersonMonthsPerSecond)} person-months/s  ETA {ProgressMeter.Duration(meter.Eta)}"));
                });
                var result = await body(progress);
                task.StopTask();
                return result;
            });
}
