using System.CommandLine;
using Sim.Grains.Output.Dictionary;
using Sim.Host.Cli;

namespace Sim.Host.Commands;

/// <summary><c>sim schema</c>: prints the data dictionary of the outputs (the text of docs/outputs.md).</summary>
internal static class SchemaCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("schema", "Print the data dictionary of a run's outputs as Markdown (docs/outputs.md).");
        command.SetAction(_ =>
        {
            console.Out.Write(DataDictionary.ToMarkdown());
            return ExitCodes.Ok;
        });
        return command;
    }
}
