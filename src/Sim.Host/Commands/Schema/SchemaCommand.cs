using System.CommandLine;
using Sim.Host.Cli;

namespace Sim.Host.Commands.Schema;

/// <summary>
/// <c>sim schema [outputs|scenario|parameters]</c>: prints a document generated from the code: the data dictionary
/// of the outputs (docs/outputs.md), the JSON Schema of scenario files (scenarios/scenario.schema.json) or the
/// table of scenario parameters (docs/parameters.md).
/// </summary>
internal static class SchemaCommand
{
    public static Command Create(CliConsole console)
    {
        var what = new Argument<string>("WHAT")
        {
            Description = "outputs (docs/outputs.md), scenario (scenarios/scenario.schema.json) or parameters (docs/parameters.md).",
            DefaultValueFactory = _ => "outputs",
        };
        what.AcceptOnlyFromAmong("outputs", "scenario", "parameters");
        var command = new Command("schema", "Print a document generated from the code: output data dictionary, scenario JSON Schema or parameter table.") { what };
        command.SetAction((parse, _) => CommandGuard.RunAsync(console, "schema",
            () => SchemaHandler.Execute(new SchemaOptions(parse.GetValue(what)!), console)));
        return command;
    }
}
