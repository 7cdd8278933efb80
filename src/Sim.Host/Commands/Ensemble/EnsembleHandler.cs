using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Sim.Calibration.Uncertainty;
using Sim.Grains.Checkpoints;
using Sim.Grains.Hosting;
using Sim.Output;
using Sim.Grains.Runs;
using Sim.Host.Cli;
using Sim.Host.Cluster;
using Sim.Host.Running;
using Sim.Model.Scenarios;
using Sim.Reporting.Ensembles;
using Sim.Scenarios;

namespace Sim.Host.Commands.Ensemble;

/// <summary>
/// Runs the members concurrently on one cluster (embedded silos or <c>--cluster</c>), each into a member folder in a
/// hidden staging folder beside the target, then assembles the ensemble folder (members, quantile tables, drawn
/// parameters) and renames it into place. Member k has seed base + k and, unless <c>--parameters fixed</c>, the
/// calibrated parameters <see cref="ParameterDraws"/> gives for (base seed, k), so the ensemble's bytes do not depend on
/// the silo count or the concurrency. Bad input exits 2 having written nothing; Ctrl-C exits 130 leaving nothing.
/// </summary>
internal static class EnsembleHandler
{
    /// <summary>Most members of one ensemble.</summary>
    public const int MaxMembers = 500;

    public static async Task<int> ExecuteAsync(EnsembleOptions options, CliConsole console, CancellationToken cancellationToken)
    {
        Check(options);
        var cluster = options.Cluster is null ? null : ClusterConnectionOrThrow(options.Cluster);
        var scenario = new ScenarioOverrides((ulong?)options.Seed, options.Scale, options.End).Apply(ScenarioLoader.Load(options.Scenario));
        if (!options.Snapshots)
        {
            scenario = scenario with { Outputs = scenario.Outputs with { SnapshotYears = [] } };
        }

        var seeds = Enumerable.Range(0, options.Members).Select(k => scenario.Seed + (ulong)k).ToList();
        if (!SeedRange.Contains((long)seeds[^1]))
        {
            throw new UserInputException($"--seed {seeds[0]} with --members {options.Members}: the last member's seed {seeds[^1]} is outside {SeedRange.Description}");
        }

        var variation = MemberVariation.For(options, scenario, seeds);
        var target = Path.GetFullPath(options.Out ?? Path.Combine("out", $"{scenario.Name}-ensemble{options.Members}-seed{scenario.Seed}"));
        if (Directory.Exists(target) || File.Exists(target))
        {
            throw new UserInputException($"{target} exists; an ensemble is written into a new folder (choose another --out)");
        }

        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.members-{Environment.ProcessId}");
        Directory.CreateDirectory(staging);
        using var loggers = console.CreateLoggerFactory();
        var log = loggers.CreateLogger("sim.ensemble");
        try
        {
            log.LogInformation("ensemble {Scenario}: {Members} members (seeds {First}..{Last}), {Start} to {End}, scale {Scale} -> {Target}",
                scenario.Name, options.Members, seeds[0], seeds[^1], scenario.Start, scenario.End, scenario.Population.Scale, target);
            log.LogInformation("member parameters: {Variation}", variation.Description);
            var members = await RunMembersAsync(options, cluster, variation, staging, console, log, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            var manifest = ParentManifest(options, scenario, seeds);
            manifest["member_variation"] = variation.Description;
            manifest["parameters"] = variation.Manifest();
            var assembly = EnsembleFolder.Assemble(members, manifest, target, variation.Draws);
            File.Move(Path.Combine(staging, RunLog.FileName), Path.Combine(target, RunLog.FileName));
            log.LogInformation("wrote {Target}: {Members} members, {Regional:N0} regional and {National:N0} national quantile rows",
                assembly.Folder, assembly.Members.Count, assembly.RegionalRows, assembly.NationalRows);
            return ExitCodes.Ok;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            log.LogWarning("cancelled; the members were discarded and {Target} was not written", target);
            return ExitCodes.Cancelled;
        }
        finally
        {
            // Only the members' staging folder of this process, which it created: never the target or anything else.
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static async Task<List<string>> RunMembersAsync(EnsembleOptions options, ClusterConnection? cluster, MemberVariation variation,
        string staging, CliConsole console, ILogger log, CancellationToken cancellationToken)
    {
        var seeds = variation.Seeds;
        var request = new RunRequest(options.Scenario, null, options.Scale, options.Seed, null, options.Silos, null, false, false,
            options.Cluster, options.ClusterId);
        await using var siloLog = TextWriter.Synchronized(new StreamWriter(Path.Combine(staging, RunLog.FileName)));
        await using var host = await RunHost.StartAsync(request, cluster, RunLog.Configure(console, siloLog, verbose: false), cancellationToken);
        var progress = new EnsembleProgress(log, seeds.Count);
        var concurrency = options.Concurrency > 0 ? options.Concurrency : Environment.ProcessorCount;
        using var gate = new SemaphoreSlim(concurrency);
        var checkpointMonths = options.Silos > 1 || cluster is not null ? CheckpointStorage.DefaultIntervalMonths : 0;
        var runTag = cluster is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"@{Environment.MachineName}-{Environment.ProcessId}");
        var folders = seeds.Select(s => Path.Combine(staging, EnsembleFolder.MemberFolderName(s))).ToList();
        await Task.WhenAll(seeds.Select(async (seed, k) =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                Directory.CreateDirectory(folders[k]);
                var spec = RunSpec.For($"{variation.Scenario.Name}-ensemble-seed{seed}{runTag}", variation.Members[k], folders[k], checkpointMonths);
                await RunDriver.RunAsync(host.Client, spec, progress.For(seed), cancellationToken);
                progress.Done(seed);
            }
            finally
            {
                gate.Release();
            }
        }));
        return folders;
    }

    private static JsonObject ParentManifest(EnsembleOptions options, Scenario scenario, IReadOnlyList<ulong> seeds) => new()
    {
        ["format"] = "sim-ensemble/1",
        ["version"] = RunManifest.Version,
        ["scenario"] = new JsonObject { ["name"] = scenario.Name, ["description"] = scenario.Description, ["source"] = scenario.SourcePath },
        ["scale"] = scenario.Population.Scale,
        ["start"] = scenario.Start.ToString(),
        ["end"] = scenario.End.ToString(),
        ["seeds"] = new JsonObject { ["first"] = seeds[0], ["last"] = seeds[^1] },
        ["snapshots"] = options.Snapshots,
    };

    private static void Check(EnsembleOptions options)
    {
        if (options.Members is < 1 or > MaxMembers)
        {
            throw new UserInputException($"--members {options.Members}: allowed 1 to {MaxMembers}");
        }

        if (options.Scale is { } scale && !PopulationParameters.IsAllowedScale(scale))
        {
            throw new UserInputException(FormattableString.Invariant($"--scale {scale}: allowed {PopulationParameters.ScaleRange}"));
        }

        if (options.Seed is { } seed && !SeedRange.Contains(seed))
        {
            throw new UserInputException($"--seed {seed}: allowed {SeedRange.Description}");
        }

        if (options.Concurrency is < 0 or > MaxMembers)
        {
            throw new UserInputException($"--concurrency {options.Concurrency}: allowed 0 (one per processor) to {MaxMembers}");
        }

        if (options.Silos is < 1 or > SimulationClusterOptions.MaxSilos)
        {
            throw new UserInputException($"--silos {options.Silos}: allowed 1 to {SimulationClusterOptions.MaxSilos}");
        }

        if (options.Parameters is not (EnsembleOptions.Drawn or EnsembleOptions.Fixed))
        {
            throw new UserInputException($"--parameters {options.Parameters}: allowed {EnsembleOptions.Drawn} or {EnsembleOptions.Fixed}");
        }

        if (options.Cluster is not null && options.Silos != 1)
        {
            throw new UserInputException($"--silos {options.Silos} with --cluster: the cluster's silos host the members; leave --silos out");
        }
    }

    private static ClusterConnection ClusterConnectionOrThrow(string text)
    {
        try
        {
            return ClusterConnection.Parse(text);
        }
        catch (FormatException e)
        {
            throw new UserInputException("--cluster " + e.Message, e);
        }
    }
}
