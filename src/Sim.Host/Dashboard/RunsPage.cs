using System.Globalization;
using System.Net;
using System.Text;

namespace Sim.Host.Dashboard;

/// <summary>
/// The runs page beside Orleans' dashboard: runs in flight (months done, person-months per second) and which silo
/// hosts each run's grain and regions. Plain server-rendered HTML that reloads itself every few seconds.
/// </summary>
internal static class RunsPage
{
    /// <summary>Seconds between the page's reloads.</summary>
    public const int RefreshSeconds = 2;

    public static string Render(ClusterRunsSnapshot snapshot, string dashboardPath)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="{{RefreshSeconds}}">
            <title>sim cluster: runs</title>
            <style>body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse;margin-bottom:1.5em}td,th{border:1px solid #bbb;padding:.3em .6em;text-align:left}td.n{text-align:right}</style>
            </head><body>
            <h1>Simulation cluster</h1>
            <p><a href="{{dashboardPath}}/">Orleans dashboard</a></p>
            <h2>Silos</h2>
            <table id="silos"><thead><tr><th>silo</th><th>runs hosted</th><th>regions hosted</th></tr></thead><tbody>

            """);
        foreach (var silo in snapshot.Silos)
        {
            var runs = snapshot.Runs.Count(r => r.RunSilo == silo);
            var regions = snapshot.Runs.Sum(r => r.RegionsBySilo.TryGetValue(silo, out var list) ? list.Count : 0);
            html.Append(CultureInfo.InvariantCulture, $"<tr data-silo=\"{Encode(silo)}\"><td>{Encode(silo)}</td><td class=\"n\">{runs}</td><td class=\"n\">{regions}</td></tr>\n");
        }

        html.Append("</tbody></table>\n<h2>Runs in flight</h2>\n");
        if (snapshot.Runs.Count == 0)
        {
            html.Append("<p id=\"no-runs\">No run in flight.</p>\n");
        }
        else
        {
            html.Append("<table id=\"runs\"><thead><tr><th>run</th><th>months done</th><th>person-months</th><th>person-months/s</th><th>run grain on</th><th>regions by silo</th></tr></thead><tbody>\n");
            foreach (var run in snapshot.Runs)
            {
                var rate = run.PersonMonthsPerSecond is { } r ? r.ToString("N0", CultureInfo.InvariantCulture) : "–";
                var regions = string.Join("<br>", run.RegionsBySilo.Select(p =>
                    $"<span class=\"placement\" data-silo=\"{Encode(p.Key)}\" data-regions=\"{p.Value.Count}\">{Encode(p.Key)}: {p.Value.Count} ({string.Join(' ', p.Value)})</span>"));
                html.Append(CultureInfo.InvariantCulture,
                    $"<tr data-run=\"{Encode(run.RunId)}\"><td>{Encode(run.RunId)}</td><td class=\"n months\">{run.MonthsDone} / {run.MonthsTotal}</td><td class=\"n\">{run.PersonMonths:N0}</td><td class=\"n rate\">{rate}</td><td>{Encode(run.RunSilo)}</td><td>{regions}</td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        html.Append("</body></html>\n");
        return html.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
