using Microsoft.Extensions.Logging;
using Sim.Grains.Checkpoints;
using Sim.Grains.Hosting;
using Sim.Output;
using Sim.Grains.Runs;
using Sim.Host.Cli;
using Sim.Host.Cluster;
using Sim.Model;
using Sim.Model.Scenarios;
using Sim.Scenarios;

namespace Sim.Host.Running;

/// <summary>
/// <c>sim run</c>: validate everything before any work, pick the run folder, host the silos, run month by month
/// into a staging folder, publish it by rename, print the summary. Bad input exits 2 having written nothing;
/// Ctrl-C exits 130 having left nothing.
/// </summary>
internal static class RunWorkflow
{
    public static async Task<int> ExecuteAsync(RunRequest request, CliConsole console, CancellationToken cancellationToken)
    {
        // The scenario is read once here; the silos receive it as data in the run's spec.
        var problems = CheckOptions(request);
        ClusterConnection? cluster = null;
        if (request.Cluster is { } connection)
        {
            try
            {
                cluster = ClusterConnection.Parse(connection);
            }
            catch (FormatException e)
            {
                problems.Add("--cluster " + e.Message);
            }
        }

        Scenario? loaded = null;
        IReadOnlyList<ScenarioError> scenarioErrors = [];
        try
        {
            loaded = ScenarioLoader.Load(request.ScenarioPath);
        }
        catch (ScenarioValidationException e)
        {
            scenarioErrors = e.Errors;
        }
        catch (CsvFormatException e)
        {
            problems.Add(e.Message); // a data file the scenario names (file:line: column: value and what is allowed)
        }

        if (problems.Count > 0 || loaded is null)
        {
            ScenarioProblems.Write(console.Error, scenarioErrors);
            foreach (var problem in problems)
            {
                await console.Error.WriteLineAsync("sim run: " + problem);
            }

            await console.Error.WriteLineAsync($"sim run: {scenarioErrors.Count + problems.Count} problem(s); nothing was run or written.");
            return ExitCodes.BadInput;
        }

        Scenario scenario;
        try
        {
            scenario = new ScenarioOverrides((ulong?)request.Seed, request.Scale, request.End is null ? null : YearMonth.Parse(request.End), request.Compression).Apply(loaded);
        }
        catch (ScenarioOverrideException e)
        {
            await console.Error.WriteLineAsync("sim run: " + e.Message);
            return ExitCodes.BadInput;
        }

        if (cancellationToken.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync("sim run: cancelled before the run started; nothing was written.");
            return ExitCodes.Cancelled;
        }

        RunFolder folder;
        string? takenDefault;
        IReadOnlyList<string> swept;
        try
        {
            swept = RunFolderLeftovers.Sweep(RunFolderChooser.ParentOf(request.Out));
            string path;
            (path, takenDefault) = RunFolderChooser.Choose(request.Out, scenario.Name, scenario.Seed, request.Force);
            folder = RunFolder.Create(path, request.Force);
        }
        catch (Exception e) when (e is RunFolderExistsException or RunFolderRefusedException)
        {
            await console.Error.WriteLineAsync("sim run: " + e.Message);
            return ExitCodes.BadInput;
        }

        using var loggers = console.CreateLoggerFactory();
        var log = loggers.CreateLogger("sim.run");
        using (folder)
        {
            foreach (var line in swept.Concat(folder.Leftovers))
            {
                log.LogWarning("{Leftover}", line);
            }

            if (takenDefault is not null)
            {
                log.LogInformation("{Default} already exists; writing this run to {Path} (pass --force to replace the earlier run)", takenDefault, folder.FinalPath);
            }

            log.LogInformation("run {Scenario}: {Start} to {End} ({Months} months), scale {Scale}, seed {Seed}, {Silos} silo(s) -> {Path}",
                scenario.Name, scenario.Start, scenario.End, scenario.MonthCount, scenario.Population.Scale, scenario.Seed,
                request.Silos, folder.FinalPath);
            // One embedded silo dies only with this process, which a checkpoint could not outlive; several can
            // lose one of their number, and then the run resumes from its last checkpoint (they share one store).
            // A PostgreSQL cluster stores checkpoints in the database; localhost silos each keep theirs in their own
            // memory, gone with the silo, so there they would cost a quarter of the silos' CPU and protect nothing.
            // On a shared cluster the run id must not collide with another user's run of the same name.
            var spec = RunSpec.For(
                cluster is null ? Path.GetFileName(folder.FinalPath) : ClusterRunId(folder.FinalPath),
                scenario,
                folder.StagingPath,
                request.CheckpointMonths ?? (request.Silos > 1 || cluster is { IsPostgres: true } ? CheckpointStorage.DefaultIntervalMonths : 0));
            if (cluster is { IsPostgres: false } && spec.CheckpointMonths > 0)
            {
                log.LogWarning("--checkpoint-months {Months} on a localhost cluster: each silo keeps its checkpoints in its own memory, so they do not outlive the silo (a run that must survive a dead silo needs PostgreSQL membership)",
                    spec.CheckpointMonths);
            }

            // The run's context (its scenario and model tables, read again from the spec) loads while the silos start.
            var contextTask = Task.Run(() => new RunContext(spec), CancellationToken.None);
            _ = contextTask.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            RunResult result;
            try
            {
                await using var siloLog = TextWriter.Synchronized(new StreamWriter(Path.Combine(folder.StagingPath, RunLog.FileName)));
                RunHost host;
                try
                {
                    host = await RunHost.StartAsync(request, cluster, RunLog.Configure(console, siloLog, request.Verbose), cancellationToken);
                }
                catch (Exception e) when (cluster is not null && !cancellationToken.IsCancellationRequested && ClusterProblem.DescribeClient(e, cluster) is { } problem)
                {
                    // A PostgreSQL problem names the database itself; a localhost one does not.
                    var where = cluster.IsPostgres ? "" : $" ({cluster.Describe()})";
                    await console.Error.WriteLineAsync($"sim run: cannot join cluster {request.ClusterId}{where}: {problem}; nothing was written");
                    return ExitCodes.BadInput;
                }

                await using (host)
                {
                    // A signal during silo start-up is honoured here, before any month is simulated.
                    cancellationToken.ThrowIfCancellationRequested();
                    using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, host.ClusterLost);
                    var context = await contextTask;
                    host.Share(context);
                    try
                    {
                        result = console.Interactive
                            ? await LiveProgress.RunAsync(console.Ansi, scenario.Name, p => RunDriver.RunAsync(host.Client, spec, p, stop.Token, context: context))
                            : await RunDriver.RunAsync(host.Client, spec, new LogProgress(log), stop.Token, context: context);
                    }
                    catch (OperationCanceledException) when (host.ClusterLost.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                    {
                        await console.Error.WriteLineAsync($"sim run: cluster {request.ClusterId} ({cluster!.Describe()}) went away during the run: "
                            + $"no gateway connected for {ClusterConnectionWatch.Grace.TotalSeconds:0} s; the partial run was discarded");
                        return ExitCodes.ClusterLost;
                    }
                    catch (Exception e) when (cluster is not null && !cancellationToken.IsCancellationRequested && ClusterProblem.DescribeClient(e, cluster) is { } problem)
                    {
                        await console.Error.WriteLineAsync($"sim run: cluster {request.ClusterId} ({cluster.Describe()}) went away during the run: {problem}; the partial run was discarded");
                        return ExitCodes.ClusterLost;
                    }
                    catch (Exception e) when (cluster is not null && !cancellationToken.IsCancellationRequested && RunFailures.IoCause(e) is null)
                    {
                        // The cluster answers but cannot carry the run on, e.g. a silo died and the run had no checkpoint
                        // to resume from there: the grains' reason, in one line (the stack trace only with --verbose).
                        log.LogDebug(e, "the run failed on the cluster");
                        await console.Error.WriteLineAsync($"sim run: the run failed on cluster {request.ClusterId} ({cluster.Describe()}): {RunFailures.FirstLine(e)}; the partial run was discarded");
                        return ExitCodes.ClusterLost;
                    }
                }

                // The silos' log is complete once they have stopped; nor is a run published when a signal came meanwhile.
                await siloLog.DisposeAsync();
                cancellationToken.ThrowIfCancellationRequested();
                folder.Publish();
            }
            catch (Exception e) when (cancellationToken.IsCancellationRequested)
            {
                // After a signal every failure is the stop's: silos cancelled mid start-up throw Orleans' own
                // lifecycle exceptions rather than OperationCanceledException. The run is discarded either way.
                log.LogDebug(e, "stopping after the signal");
                log.LogWarning("cancelled; the partial run was discarded and {Path} was not written", folder.FinalPath);
                return ExitCodes.Cancelled;
            }
            catch (Exception e) when (e is RunFolderExistsException or RunFolderRefusedException)
            {
                await console.Error.WriteLineAsync($"sim run: {e.Message}; this run was discarded");
                return ExitCodes.BadInput;
            }
            catch (Exception e) when (RunFailures.IoCause(e) is { } io)
            {
                await console.Error.WriteLineAsync(RunFailures.Describe(io, folder.FinalPath));
                return ExitCodes.Failure;
            }

            log.LogInformation("wrote {Files} files, {Rows:N0} rows to {Path}",
                Directory.EnumerateFiles(folder.FinalPath, "*", SearchOption.AllDirectories).Count(), result.Files.Sum(f => f.Rows), folder.FinalPath);
            if (result.RegionTimings is { } t)
            {
                log.LogInformation("region time by phase (summed over regions): synthesis {Synthesis:0.0} s, processes {Advance:0.0} s, receive+census {Receive:0.0} s, outputs {Output:0.0} s",
                    t.Synthesis, t.Advance, t.Receive, t.Output);
            }
            console.Ansi.Write(RunSummary.Build(result, ModelRegionNames(scenario), console.Ansi.Profile.Width));
            return ExitCodes.Ok;
        }
    }

    private static List<string> CheckOptions(RunRequest request)
    {
        var problems = new List<string>();
        if (request.Scale is { } scale && !PopulationParameters.IsAllowedScale(scale))
        {
            problems.Add(FormattableString.Invariant($"--scale {scale}: allowed {PopulationParameters.ScaleRange}"));
        }

        if (request.End is { } end && !YearMonth.TryParse(end, out _))
        {
            problems.Add($"--end {end}: allowed a month YYYY-MM");
        }

        if (request.Cluster is not null && request.Silos != 1)
        {
            problems.Add($"--silos {request.Silos} with --cluster: the cluster's silos host the run; leave --silos out");
        }

        if (request.Silos is < 1 or > SimulationClusterOptions.MaxSilos)
        {
            problems.Add($"--silos {request.Silos}: allowed 1 to {SimulationClusterOptions.MaxSilos} (in-process silos share this machine's processors; use `sim silo` on more hosts for more)");
        }

        if (request.Threads is not null)
        {
            problems.Add("--threads: removed; the grains run on Orleans, which schedules them on the .NET thread pool over every core "
                + "(set the environment variable DOTNET_PROCESSOR_COUNT to use fewer)");
        }

        if (request.CheckpointMonths is { } every && every is < 1 or > RunRequest.MaxCheckpointMonths)
        {
            problems.Add($"--checkpoint-months {every}: allowed 1 to {RunRequest.MaxCheckpointMonths} (months between checkpoints)");
        }

        if (request.Seed is { } seed && !SeedRange.Contains(seed))
        {
            problems.Add($"--seed {seed}: allowed {SeedRange.Description}");
        }

        if (request.Out is { } output && string.IsNullOrWhiteSpace(output))
        {
            problems.Add("--out '': allowed a folder path (empty given)");
        }

        return problems;
    }

    /// <summary>A run id no other submitter of the cluster will use: the folder name, this host, this process and the time.</summary>
    private static string ClusterRunId(string folder) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Path.GetFileName(folder)}@{Environment.MachineName}-{Environment.ProcessId}-{DateTime.UtcNow:yyyyMMddTHHmmss}");

    private static List<string> ModelRegionNames(Scenario scenario) =>
        [.. scenario.Tables.Regions.Regions.Select(r => r.Code + " " + r.Name)];
}
