using Sim.Host.Cli;
using Sim.Host.Running;
using Sim.Scenarios;

namespace Sim.Host.Commands.Validate;

/// <summary>Checks every file and lists every problem; exit 0 when all are valid, 2 otherwise.</summary>
internal static class ValidateHandler
{
    public static int Execute(ValidateOptions options, CliConsole console)
    {
        var problems = 0;
        foreach (var file in options.Files)
        {
            var errors = ScenarioLoader.Validate(file);
            if (errors.Count == 0)
            {
                console.Out.WriteLine($"{file}: ok");
            }
            else
            {
                ScenarioProblems.Write(console.Error, errors);
                console.Error.WriteLine($"{file}: {errors.Count} problem(s)");
                problems += errors.Count;
            }
        }

        return problems == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
    }
}
