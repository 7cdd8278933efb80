using System.CommandLine;
using Sim.Host.Cli;

namespace Sim.Host.Commands;

/// <summary>
/// Every command of <c>sim</c>. Each lives in its own file in this folder as
/// <c>internal static class XCommand { public static Command Create(CliConsole console) }</c>; registering one is
/// one line here.
/// </summary>
internal static class CommandCatalog
{
    public static IReadOnlyList<Func<CliConsole, Command>> All { get; } =
    [
        RunCommand.Create,
        ValidateCommand.Create,
        PersonCommand.Create,
        SchemaCommand.Create,
        FitCommand.Create,
        CalibrateCommand.Create,
        SiloCommand.Create,
        ClusterCommand.Create,
        ReportCommand.Create,
        CompareCommand.Create,
    ];
}
