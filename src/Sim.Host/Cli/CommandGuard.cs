using Sim.Calibration.Calibration;
using Sim.Calibration.Observed;
using Sim.Host.Running;
using Sim.Scenarios;

namespace Sim.Host.Cli;

/// <summary>
/// Runs a command's handler and maps the typed bad-input exceptions (<see cref="UserInputException"/>, an invalid
/// scenario, malformed observed data, an impossible calibration) to a message and exit code 2. Anything else is
/// a failure the command line reports as such (exit 1), not bad input.
/// </summary>
internal static class CommandGuard
{
    public static async Task<int> RunAsync(CliConsole console, string command, Func<Task<int>> handler)
    {
        try
        {
            return await handler();
        }
        catch (ScenarioValidationException e)
        {
            ScenarioProblems.Write(console.Error, e.Errors);
            await console.Error.WriteLineAsync($"sim {command}: {e.Errors.Count} problem(s) in the scenario; nothing was run or written.");
        }
        catch (Exception e) when (e is UserInputException or ObservedDataException or CalibrationInputException or CsvFormatException or ScenarioOverrideException)
        {
            await console.Error.WriteLineAsync($"sim {command}: {e.Message}");
        }

        return ExitCodes.BadInput;
    }

    /// <summary>The synchronous form.</summary>
    public static Task<int> RunAsync(CliConsole console, string command, Func<int> handler) =>
        RunAsync(console, command, () => Task.FromResult(handler()));
}
