using System.CommandLine;
using Sim.Host.Cli;

namespace Sim.Host.Commands.Validate;

/// <summary><c>sim validate FILE...</c>: checks scenario files; lists every problem; exit 0 or 2.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE") { Description = "Scenario files to check.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Check scenario files (extends chains, keys, values, dates) without running them.") { files };
        command.SetAction((parse, _) => CommandGuard.RunAsync(console, "validate",
            () => ValidateHandler.Execute(new ValidateOptions(parse.GetValue(files) ?? []), console)));
        return command;
    }
}
