using System.CommandLine;
using Sim.Grains.Output.Dictionary;
using Sim.Host.Cli;
using Sim.Scenarios;

namespace Sim.Host.Commands;

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
        command.SetAction(parse =>
        {
            console.Out.Write(parse.GetValue(what) switch
            {
                "scenario" => JsonSchemaWriter.Write(),
                "parameters" => ParameterTableWriter.Write(),
                _ => DataDictionary.ToMarkdown(),
            });
            return ExitCodes.Ok;
        });
        return command;
    }
}
