using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sim.Host.Tests.Infrastructure;

namespace Sim.Host.Tests.Cluster;

/// <summary>
/// Three real <c>sim silo</c> processes sharing a TLS certificate, the first serving the dashboard: a run submitted
/// with <c>sim run --cluster ... --tls-cert</c> shows on the runs page in headless Chromium while it runs; members
/// without the cluster's certificate are refused.
/// </summary>
public sealed partial class TlsDashboardClusterTests(TlsDashboardCluster cluster) : IClassFixture<TlsDashboardCluster>
{
    /// <summary>The baseline's regions: 17 oblasts and 3 cities of republican significance.</summary>
    private const int Regions = 20;

    /// <summary>2023-01 through 2042-12.</summary>
    private const int Months = 20 * 12;

    [Fact]
    public async Task RunsPageShowsATlsClientsRunInFlightAndWhereItsRegionsAre()
    {
        using var run = SimProcess.Start(cluster.Folder,
            ["run", CliHarness.SmallScenario, "--out", "inflight", "--end", "2042-12", "--scale", "0.001",
                "--cluster", "localhost:" + TlsDashboardCluster.Text(cluster.GatewayPort), .. cluster.TlsArgs]);
        var (playwright, browser) = await HeadlessChromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync(cluster.DashboardUrl + "/");
            Assert.EndsWith("/runs", page.Url, StringComparison.Ordinal);

            // The silos table lists the three members.
            var silos = await page.Locator("#silos tbody tr").AllInnerTextsAsync();
            Assert.Equal(3, silos.Count);
            foreach (var port in cluster.SiloPorts)
            {
                Assert.Contains(silos, s => s.Contains(":" + TlsDashboardCluster.Text(port) + ":", StringComparison.Ordinal));
            }

            // The page reloads itself; wait until it shows the run with a rate (two samples, months advancing).
            var row = page.Locator("#runs tr[data-run^='inflight@']");
            await Assertions.Expect(row.Locator("td.rate")).ToHaveTextAsync(RateText(), new() { Timeout = 120_000 });
            var months = MonthsText().Match(await row.Locator("td.months").InnerTextAsync());
            Assert.True(months.Success);
            Assert.Equal(Months, int.Parse(months.Groups[2].Value, CultureInfo.InvariantCulture));
            Assert.InRange(int.Parse(months.Groups[1].Value, CultureInfo.InvariantCulture), 1, Months);

            // Every region of the run is placed on a silo of the table, each index once.
            var placements = row.Locator("span.placement");
            var indexes = new List<int>();
            var siloText = string.Join('\n', silos);
            for (var i = 0; i < await placements.CountAsync(); i++)
            {
                var placement = placements.Nth(i);
                var silo = await placement.GetAttributeAsync("data-silo");
                Assert.Contains(silo!, siloText, StringComparison.Ordinal);
                var text = await placement.InnerTextAsync();
                var listed = text[(text.IndexOf('(', StringComparison.Ordinal) + 1)..text.IndexOf(')', StringComparison.Ordinal)]
                    .Split(' ').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToList();
                Assert.Equal(int.Parse((await placement.GetAttributeAsync("data-regions"))!, CultureInfo.InvariantCulture), listed.Count);
                indexes.AddRange(listed);
            }

            Assert.Equal(Enumerable.Range(0, Regions), indexes.Order());

            // Orleans' own dashboard is served beside it (a page of its own: the runs page keeps reloading itself).
            var dashboard = await browser.NewPageAsync();
            var response = await dashboard.GotoAsync(cluster.DashboardUrl + "/dashboard/");
            Assert.Equal(200, response!.Status);
            await Assertions.Expect(dashboard.Locator("body")).ToContainTextAsync("Orleans", new() { Timeout = 30_000 });
            if (Environment.GetEnvironmentVariable("SIM_TEST_SCREENSHOTS") is { Length: > 0 } shots)
            {
                await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "runs.png"), FullPage = true });
                await dashboard.ScreenshotAsync(new() { Path = Path.Combine(shots, "dashboard.png"), FullPage = true });
            }
        }

        Assert.Equal(0, await run.WaitForExitAsync(TimeSpan.FromMinutes(5)));
        Assert.True(File.Exists(Path.Combine(cluster.Folder, "inflight", "manifest.json")), run.Output);
    }

    [Fact]
    public async Task PlainTextClientGetsOneLineAndExitTwo()
    {
        var (code, output) = await SimProcess.RunAsync(cluster.Folder,
            ["run", CliHarness.SmallScenario, "--out", "plain", "--end", "2023-02", "--cluster", "localhost:" + TlsDashboardCluster.Text(cluster.GatewayPort)]);
        Assert.Equal(2, code);
        Assert.Contains("completed a connection within 30 s; if the cluster uses TLS, give its certificate with --tls-cert/--tls-key or --tls-pfx", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(cluster.Folder, "plain")));
    }

    [Fact]
    public async Task ClientWithAnotherCertificateIsRefused()
    {
        var (made, madeOutput) = await SimProcess.RunAsync(cluster.Folder, ["cluster", "cert", "--out", "stranger-client"]);
        Assert.True(made == 0, madeOutput);
        var (code, output) = await SimProcess.RunAsync(cluster.Folder,
            ["run", CliHarness.SmallScenario, "--out", "stranger", "--end", "2023-02", "--cluster", "localhost:" + TlsDashboardCluster.Text(cluster.GatewayPort),
                "--tls-cert", Path.Combine("stranger-client", "cluster.crt"), "--tls-key", Path.Combine("stranger-client", "cluster.key")]);
        Assert.Equal(2, code);
        Assert.Contains("completed a connection within 30 s; check that the cluster uses TLS with the same certificate as --tls-cert", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(cluster.Folder, "stranger")));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SiloWithoutTheClustersCertificateIsNotAdmitted(bool otherCertificate)
    {
        var ports = TlsDashboardCluster.FreePorts(2);
        string[] tls = [];
        if (otherCertificate)
        {
            var folder = "stranger-silo";
            var (made, madeOutput) = await SimProcess.RunAsync(cluster.Folder, ["cluster", "cert", "--out", folder]);
            Assert.True(made == 0, madeOutput);
            tls = ["--tls-cert", Path.Combine(folder, "cluster.crt"), "--tls-key", Path.Combine(folder, "cluster.key")];
        }

        using var stranger = SimProcess.Start(cluster.Folder,
            ["silo", "--silo-port", TlsDashboardCluster.Text(ports[0]), "--gateway-port", TlsDashboardCluster.Text(ports[1]),
                "--primary-silo-port", TlsDashboardCluster.Text(cluster.SiloPorts[0]), .. tls]);
        await stranger.WaitForLineAsync("Connection attempt to endpoint S127.0.0.1:" + TlsDashboardCluster.Text(cluster.SiloPorts[0]));

        using var http = new HttpClient();
        var runs = await http.GetStringAsync(cluster.DashboardUrl + "/runs");
        Assert.DoesNotContain(":" + TlsDashboardCluster.Text(ports[0]) + ":", runs, StringComparison.Ordinal);
        Assert.DoesNotContain("silo up:", stranger.Output, StringComparison.Ordinal);
        await stranger.SignalAsync("KILL");
        await stranger.WaitForExitAsync();
    }

    [GeneratedRegex(@"^[0-9][0-9,]*$")]
    private static partial Regex RateText();

    [GeneratedRegex(@"^(\d+) / (\d+)$")]
    private static partial Regex MonthsText();
}
