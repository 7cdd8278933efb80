using System.CommandLine;
using Sim.Host.Cli;
using Sim.Host.Commands.Calibrate;
using Sim.Host.Commands.Fit;
using Sim.Host.Commands.Person;
using Sim.Host.Commands.Schema;
using Sim.Host.Commands.Validate;

namespace Sim.Host.Commands;

/// <summary>
/// Every command of <c>sim</c>. Each has one shape, in its own folder: <c>XCommand.Create(console)</c> defines the
/// arguments and options and parses them into an <c>XOptions</c> record, <c>XHandler</c> does the work and returns
/// the exit code, and <see cref="CommandGuard"/> maps typed bad input to exit 2. Registering one is one line here.
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
        Ensemble.EnsembleCommand.Create,
        ReportCommand.Create,
        CompareCommand.Create,
        Levers.LeversCommand.Create,
    ];
}
