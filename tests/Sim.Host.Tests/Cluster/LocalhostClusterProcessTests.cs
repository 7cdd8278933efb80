using Sim.Host.Tests.Infrastructure;

namespace Sim.Host.Tests.Cluster;

/// <summary>
/// A localhost dev cluster (three <c>sim silo --membership localhost</c> processes) has no shared storage: each silo
/// could keep checkpoints only in its own memory. So a run submitted to it takes none unless asked (and is warned when
/// asked), and a run that loses a silo ends with one line and exit code 3, never a stack trace.
/// </summary>
[Collection(ProcessClusterCollection.Name)]
public sealed class LocalhostClusterProcessTests
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Checkpoints_asked_for_are_warned_about_and_a_killed_silo_ends_the_run_in_one_line()
    {
        using var folder = new TempFolder("localhost-cluster");
        var ports = TlsDashboardCluster.FreePorts(6);
        var silos = new List<SimProcess>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                string[] args = ["silo", "--silo-port", TlsDashboardCluster.Text(ports[i]), "--gateway-port", TlsDashboardCluster.Text(ports[3 + i])];
                var silo = SimProcess.Start(folder.Path, i == 0 ? args : [.. args, "--primary-silo-port", TlsDashboardCluster.Text(ports[0])]);
                silos.Add(silo);
                await silo.WaitForLineAsync("silo up:", RunTimeout);
            }

            var gateway = "localhost:" + TlsDashboardCluster.Text(ports[3]);
            var (code, output) = await SimProcess.RunAsync(folder.Path,
                "run", CliHarness.SmallScenario, "--out", "asked", "--end", "2023-03", "--cluster", gateway, "--checkpoint-months", "1");
            Assert.True(code == 0, output);
            Assert.Contains("on a localhost cluster: each silo keeps its checkpoints in its own memory", output, StringComparison.Ordinal);

            using var run = SimProcess.Start(folder.Path, "run", CliHarness.SmallScenario, "--out", "lost", "--end", FailoverReference.End, "--cluster", gateway);
            await run.WaitForLineAsync(FailoverReference.AfterCheckpoint, RunTimeout);
            Assert.DoesNotContain("checkpoints in its own memory", run.Output, StringComparison.Ordinal);

            // The run grain sits on the gateway's silo (it prefers the caller's); the last silo holds only regions.
            await silos[2].KillAsync();

            Assert.Equal(3, await run.WaitForExitAsync(RunTimeout));
            var failure = run.Output.Split('\n').Where(l => l.StartsWith("sim run: ", StringComparison.Ordinal)).ToList();
            Assert.True(failure.Count == 1 && failure[0].Contains("the partial run was discarded", StringComparison.Ordinal), run.Output);
            Assert.DoesNotContain("Unhandled exception", run.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Output, StringComparison.Ordinal);
            Assert.False(Directory.Exists(folder.Combine("lost")), run.Output);
        }
        finally
        {
            foreach (var silo in Enumerable.Reverse(silos))
            {
                if (!silo.HasExited)
                {
                    await silo.SignalAsync("TERM");
                    await silo.WaitForExitAsync(RunTimeout);
                }

                silo.Dispose();
            }
        }
    }
}
