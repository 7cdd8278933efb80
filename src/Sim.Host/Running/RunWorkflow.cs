using Microsoft.Extensions.Logging;
using Sim.Grains.Hosting;
using Sim.Grains.Output;
using Sim.Grains.Runs;
using Sim.Host.Cli;
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
        // The scenario is read once here; the silos load it from the spec (until the run carries it as data).
        var problems = CheckOptions(request);
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

        var spec = new RunSpec("pending", Path.GetFullPath(request.ScenarioPath), request.Seed, request.Scale, request.End, null);
        Scenario scenario;
        try
        {
            scenario = new ScenarioOverrides(request.Seed, request.Scale, request.End is null ? null : YearMonth.Parse(request.End)).Apply(loaded);
        }
        catch (ScenarioOverrideException e)
        {
            await console.Error.WriteLineAsync("sim run: " + e.Message);
            return ExitCodes.BadInput;
        }

        var (path, takenDefault) = RunFolderChooser.Choose(request.Out, scenario.Name, scenario.Seed, request.Force);
        RunFolder folder;
        try
        {
            folder = RunFolder.Create(path, request.Force);
        }
        catch (RunFolderExistsException e)
        {
            await console.Error.WriteLineAsync("sim run: " + e.Message);
            return ExitCodes.BadInput;
        }

        using var loggers = console.CreateLoggerFactory();
        var log = loggers.CreateLogger("sim.run");
        using (folder)
        {
            if (takenDefault is not null)
            {
                log.LogInformation("{Default} already exists; writing this run to {Path} (pass --force to replace the earlier run)", takenDefault, path);
            }

            log.LogInformation("run {Scenario}: {Start} to {End} ({Months} months), scale {Scale}, seed {Seed}, {Silos} silo(s), {Threads} thread(s) per silo -> {Path}",
                scenario.Name, scenario.Start, scenario.End, scenario.MonthCount, scenario.Population.Scale, scenario.Seed,
                request.Silos, request.Threads == 0 ? Environment.ProcessorCount : request.Threads, folder.FinalPath);
            spec = spec with { RunId = Path.GetFileName(folder.FinalPath), OutputPath = folder.StagingPath };
            RunResult result;
            try
            {
                await using var cluster = await SimulationCluster.StartAsync(new SimulationClusterOptions { Silos = request.Silos, Threads = request.Threads });
                result = console.Interactive
                    ? await LiveProgress.RunAsync(console.Ansi, scenario.Name, p => RunDriver.RunAsync(cluster.Client, spec, p, cancellationToken))
                    : await RunDriver.RunAsync(cluster.Client, spec, new LogProgress(log), cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                log.LogWarning("cancelled; the partial run was discarded and {Path} was not written", folder.FinalPath);
                return ExitCodes.Cancelled;
            }

            folder.Publish();
            log.LogInformation("wrote {Files} files, {Rows:N0} rows to {Path}", result.Files.Count + 2, result.Files.Sum(f => f.Rows), folder.FinalPath);
            if (result.RegionTimings is { } t)
            {
                log.LogInformation("region time by phase (summed over regions): synthesis {Synthesis:0.0} s, processes {Advance:0.0} s, receive+census {Receive:0.0} s, outputs {Output:0.0} s",
                    t.Synthesis, t.Advance, t.Receive, t.Output);
            }
            console.Ansi.Write(RunSummary.Build(result, ModelRegionNames(scenario)));
            return ExitCodes.Ok;
        }
    }

    private static List<string> CheckOptions(RunRequest request)
    {
        var problems = new List<string>();
        if (request.Scale is { } scale && (double.IsNaN(scale) || scale <= 0 || scale > 1))
        {
            problems.Add(FormattableString.Invariant($"--scale {scale}: allowed 0 < scale <= 1"));
        }

        if (request.End is { } end && !YearMonth.TryParse(end, out _))
        {
            problems.Add($"--end {end}: allowed a month YYYY-MM");
        }

        if (request.Silos < 1)
        {
            problems.Add($"--silos {request.Silos}: allowed 1 or more");
        }

        if (request.Threads < 0)
        {
            problems.Add($"--threads {request.Threads}: allowed 0 (one per processor) or more");
        }

        return problems;
    }

    private static List<string> ModelRegionNames(Scenario scenario) =>
        [.. scenario.Tables.Regions.Regions.Select(r => r.Code + " " + r.Name)];
}
