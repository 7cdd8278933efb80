using System.Globalization;
using Sim.Grains.Hosting;
using Sim.Output;
using Sim.Grains.Persons;
using Sim.Grains.Runs;
using Sim.Host.Cli;
using Sim.Host.Inspection;
using Sim.Model;
using Sim.Scenarios;

namespace Sim.Host.Commands.Person;

/// <summary>Prints a person's profile and history from a run folder's files or from a live replay on the grains.</summary>
internal static class PersonHandler
{
    public static async Task<int> ExecuteAsync(PersonOptions options, CliConsole console, CancellationToken cancellationToken)
    {
        var folder = RunFolderPersons.ResolveRunFolder(options.Run)
            ?? throw new UserInputException($"no run folder '{options.Run}' (a folder with {RunManifest.FileName}, or a name under out/)");
        try
        {
            return options.Live
                ? await LiveAsync(console, folder, options.PersonId, options.At, cancellationToken)
                : FromFiles(console, folder, options.PersonId);
        }
        catch (InvalidDataException e)
        {
            // A corrupt part file or manifest: the message names the file.
            throw new UserInputException(e.Message, e);
        }
    }

    private static int FromFiles(CliConsole console, string folder, long personId)
    {
        var snapshots = RunFolderPersons.Snapshots(folder, personId);
        var events = RunFolderPersons.Events(folder, personId);
        if (snapshots.Count == 0 && (events is null || events.Count == 0))
        {
            console.Error.WriteLine($"sim person: person {personId} is in no snapshot{(events is null ? string.Empty : " and no event")} of {folder}; try --live --at YYYY-MM");
            return ExitCodes.BadInput;
        }

        PersonPrinter.FromFiles(console.Ansi, personId, snapshots, events);
        return ExitCodes.Ok;
    }

    private static async Task<int> LiveAsync(CliConsole console, string folder, long personId, string? at, CancellationToken cancellationToken)
    {
        using var manifest = RunFolderPersons.Manifest(folder);
        var root = manifest.RootElement;
        var scenario = root.GetProperty("scenario");
        var end = root.GetProperty("end").GetString()!;
        var stop = YearMonth.Parse(end);
        if (at is not null && (!YearMonth.TryParse(at, out stop) || stop < YearMonth.Parse(root.GetProperty("start").GetString()!) || stop > YearMonth.Parse(end)))
        {
            await console.Error.WriteLineAsync($"sim person: --at {at}: allowed a month YYYY-MM within the run ({root.GetProperty("start").GetString()} to {end})");
            return ExitCodes.BadInput;
        }

        var source = scenario.GetProperty("source").GetString()!;
        var changed = RunInputs.Changed(RunInputs.FromManifest(root));
        if (changed.Count > 0)
        {
            foreach (var line in changed)
            {
                await console.Error.WriteLineAsync("sim person: " + line);
            }

            await console.Error.WriteLineAsync(
                $"sim person: {changed.Count} input(s) changed since the run; a replay would not reproduce it (the run folder holds its own copy: sim run {Path.Combine(folder, RunManifest.ScenarioFileName)})");
            return ExitCodes.BadInput;
        }

        var loaded = new ScenarioOverrides(root.GetProperty("seed").GetUInt64(), root.GetProperty("scale").GetDouble(), YearMonth.Parse(end))
            .Apply(ScenarioLoader.Load(source));
        var spec = RunSpec.For("inspect-" + personId.ToString(CultureInfo.InvariantCulture), loaded, outputPath: null);
        var resolved = RunInputs.ResolvedYaml(loaded, RunInputs.Of(loaded));
        if (resolved != File.ReadAllText(Path.Combine(folder, RunManifest.ScenarioFileName)))
        {
            await console.Error.WriteLineAsync($"sim person: {source} no longer resolves to the run's {RunManifest.ScenarioFileName} (changed since the run, or the run was made by an earlier version); a replay would not reproduce it");
            return ExitCodes.BadInput;
        }

        await using var cluster = await SimulationCluster.StartAsync(new SimulationClusterOptions());
        var result = await RunDriver.RunAsync(cluster.Client, spec, progress: null, cancellationToken, stopAfter: stop);
        var inspection = await cluster.Client.GetGrain<IPersonGrain>(PersonKey.Format(spec.RunId, personId)).InspectAsync();
        PersonPrinter.Live(console.Ansi, inspection, result.Started.RegionCodes);
        return inspection.Profile is null && inspection.History.Length == 0 ? ExitCodes.BadInput : ExitCodes.Ok;
    }
}
