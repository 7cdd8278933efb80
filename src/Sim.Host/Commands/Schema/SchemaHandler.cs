using Sim.Output.Dictionary;
using Sim.Host.Cli;
using Sim.Scenarios;

namespace Sim.Host.Commands.Schema;

/// <summary>Prints a document generated from the code.</summary>
internal static class SchemaHandler
{
    public static int Execute(SchemaOptions options, CliConsole console)
    {
        console.Out.Write(options.Document switch
        {
            "scenario" => JsonSchemaWriter.Write(),
            "parameters" => ParameterTableWriter.Write(),
            _ => DataDictionary.ToMarkdown(),
        });
        return ExitCodes.Ok;
    }
}
