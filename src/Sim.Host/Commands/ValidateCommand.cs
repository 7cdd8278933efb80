using System.CommandLine;
using Sim.Host.Cli;
using Sim.Host.Running;
using Sim.Model.Scenarios;
using Sim.Scenarios;

namespace Sim.Host.Commands;

/// <summary><c>sim validate FILE...</c>: checks scenario files; lists every problem; exit 0 or 2.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE") { Description = "Scenario files to check.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Check scenario files (extends chains, keys, values, dates) without running them.") { files };
        command.SetAction(parse =>
        {
            var problems = 0;
            foreach (var file in parse.GetValue(files) ?? [])
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
        });
        return command;
    }
}
