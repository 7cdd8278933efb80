using Microsoft.Playwright;
using Sim.Host.Tests.Infrastructure;

namespace Sim.Host.Tests.Commands;

/// <summary><c>sim report</c> and <c>sim compare</c> on real run folders, the report opened in headless Chromium.</summary>
public sealed class ReportCommandTests(ReportRuns runs) : IClassFixture<ReportRuns>
{
    /// <summary>10 charts, the difference chart with --against, and one small multiple per region (20).</summary>
    private const int ChartsWithAgainst = 10 + 1 + 20;

    [Fact]
    public async Task The_report_renders_every_chart_in_chromium_without_script_errors_or_network()
    {
        var html = Path.Combine(runs.Root, "report.html");
        var (code, output, error) = await CliHarness.RunAsync(["report", runs.Ensemble, "--against", runs.Single, "--out", html]);
        Assert.True(code == 0, error + output);
        Assert.Contains($"({ChartsWithAgainst} charts", output, StringComparison.Ordinal);
        var charts = Path.Combine(runs.Root, "report-charts");
        Assert.Equal(ChartsWithAgainst, Directory.GetFiles(charts, "*.svg").Length);
        Assert.Equal(ChartsWithAgainst, Directory.GetFiles(charts, "*.png").Length);
        Assert.All(Directory.GetFiles(charts, "*.png"), p => Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(p)[..4]));

        var (playwright, browser) = await HeadlessChromium.LaunchAsync();
        using (playwright)
        {
            await using (browser)
            {
                var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
                var problems = new List<string>();
                var requests = new List<string>();
                page.PageError += (_, message) => problems.Add("page error: " + message);
                page.Console += (_, message) =>
                {
                    if (message.Type == "error")
                    {
                        problems.Add("console error: " + message.Text);
                    }
                };
                await page.RouteAsync("**/*", async route =>
                {
                    if (!route.Request.Url.StartsWith("file:", StringComparison.Ordinal))
                    {
                        requests.Add(route.Request.Url);
                        await route.AbortAsync();
                        return;
                    }

                    await route.ContinueAsync();
                });

                await page.GotoAsync(new Uri(html).AbsoluteUri);
                await page.WaitForFunctionAsync($"document.documentElement.getAttribute('data-charts') === '{ChartsWithAgainst}'", null, new PageWaitForFunctionOptions { Timeout = 30_000 });
                var sizes = await page.EvaluateAsync<double[][]>("Array.from(document.querySelectorAll('figure.chart svg')).map(s => { const r = s.getBoundingClientRect(); return [r.width, r.height, s.querySelectorAll('path,text').length]; })");
                Assert.Equal(ChartsWithAgainst, sizes.Length);
                Assert.All(sizes, s => Assert.True(s[0] > 200 && s[1] > 100 && s[2] > 10, $"chart drawn at {s[0]}x{s[1]} with {s[2]} elements"));
                Assert.Equal(1 + 20, await page.Locator("#region-table tbody tr").CountAsync());
                Assert.True(await page.Locator("#difference-table tbody tr").CountAsync() > 20);

                // The table sorts on a header click (the page's script works).
                await page.Locator("#region-table th").Nth(1).ClickAsync();
                var firstRow = await page.Locator("#region-table tbody tr td").First.TextContentAsync();
                Assert.Equal("Kazakhstan", firstRow);

                var artefacts = Path.Combine(AppContext.BaseDirectory, "test-artefacts");
                Directory.CreateDirectory(artefacts);
                var screenshot = Path.Combine(artefacts, "report.png");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
                Assert.True(new FileInfo(screenshot).Length > 10_000);
                Assert.Empty(problems);
                Assert.Empty(requests);
            }
        }

        var text = await File.ReadAllTextAsync(html);
        Assert.DoesNotContain("<script src", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", text, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(runs.Root, ".*"));
    }

    [Fact]
    public async Task Compare_prints_the_differences_as_a_table()
    {
        var (code, output, error) = await CliHarness.RunAsync(["compare", runs.Ensemble, runs.Single]);
        Assert.True(code == 0, error + output);
        Assert.Contains("ensemble (3 run(s)) minus single (1 run(s))", output, StringComparison.Ordinal);
        Assert.Contains("all member differences", output, StringComparison.Ordinal);
        Assert.Contains("Kazakhstan", output, StringComparison.Ordinal);
        Assert.Contains("Net internal migration", output, StringComparison.Ordinal);
        Assert.Contains("Astana", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_gets_one_line_and_exit_2_and_no_report()
    {
        var html = Path.Combine(runs.Root, "bad.html");
        var notARun = Path.Combine(runs.Root, "not-a-run");
        Directory.CreateDirectory(notARun);
        var cases = new (string[] Args, string Expected)[]
        {
            (["report", notARun, "--out", html], "is not a run or ensemble folder"),
            (["report", runs.Ensemble, "--against", runs.Shorter, "--out", html], "covers 2023-01 to 2023-02 but"),
            (["compare", runs.Single, runs.Shorter], "runs compared must cover the same months"),
            (["compare", runs.Single, Path.Combine(runs.Root, "missing")], "no such folder"),
            (["report", runs.Single, "--out", Path.Combine(runs.Root, "report.txt")], "the report is an .html file"),
        };
        foreach (var (args, expected) in cases)
        {
            var (code, _, error) = await CliHarness.RunAsync(args);
            Assert.Equal(2, code);
            Assert.Contains(expected, error, StringComparison.Ordinal);
            Assert.Single(error.TrimEnd().Split('\n'));
        }

        Assert.False(File.Exists(html));
        Assert.False(Directory.Exists(Path.Combine(runs.Root, "bad-charts")));
        Directory.Delete(notARun);
    }
}
