using System.CommandLine;
using Sim.Host.Cli;

namespace Sim.Host.Commands;

/// <summary>
/// <c>sim cluster ...</c>: operating an Orleans cluster of the simulation. Each subcommand lives in its own file as
/// <c>internal static class ClusterXCommand { public static Command Create(CliConsole console) }</c>; registering
/// one is one line in <see cref="Subcommands"/>.
/// </summary>
internal static class ClusterCommand
{
    /// <summary>The factories of the subcommands of <c>sim cluster</c>.</summary>
    public static IReadOnlyList<Func<CliConsole, Command>> Subcommands { get; } =
    [
        ClusterInitCommand.Create,
        ClusterCertCommand.Create,
        ClusterStatusCommand.Create,
    ];

    public static Command Create(CliConsole console) => Create(console, Subcommands);

    /// <summary>The <c>cluster</c> command composed of <paramref name="subcommands"/>.</summary>
    public static Command Create(CliConsole console, IEnumerable<Func<CliConsole, Command>> subcommands)
    {
        var command = new Command("cluster", "Operate a cluster of simulation silos (its PostgreSQL schema, ...).");
        foreach (var create in subcommands)
        {
            command.Subcommands.Add(create(console));
        }

        return command;
    }
}
