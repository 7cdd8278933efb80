using System.Globalization;
using System.Text;
using Sim.Reporting.Charts;
using Sim.Reporting.Comparison;
using Sim.Reporting.Ensembles;
using Sim.Reporting.Runs;

namespace Sim.Reporting.Report;

/// <summary>The HTML text of the report: charts inlined as SVG, tables, method notes; no external resources.</summary>
internal static class ReportHtml
{
    private const string Style = """
        body{font-family:"DejaVu Sans","Liberation Sans",Arial,sans-serif;margin:24px auto;max-width:1200px;color:#222;padding:0 16px}
        h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ccc}
        figure.chart{margin:12px 0;display:inline-block;vertical-align:top}
        figure.chart svg{max-width:100%;height:auto;display:block}
        figcaption{font-size:.85em;color:#555}
        .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(380px,1fr));gap:8px}
        table{border-collapse:collapse;font-size:.85em;margin:8px 0}
        th,td{border:1px solid #ddd;padding:3px 8px;text-align:right}
        th{background:#f3f3f3;cursor:pointer}td:first-child,th:first-child{text-align:left}
        td.yes{background:#fde2e1}.interval{color:#777;font-size:.85em}
        nav a{margin-right:1em}
        """;

    private const string Script = """
        document.querySelectorAll("table.sortable th").forEach(function (th, index) {
          th.addEventListener("click", function () {
            var table = th.closest("table"), body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows);
            var key = function (row) { var t = row.cells[th.cellIndex].getAttribute("data-sort") || row.cells[th.cellIndex].textContent; var n = parseFloat(t); return isNaN(n) ? t : n; };
            var descending = th.getAttribute("data-order") !== "desc";
            rows.sort(function (a, b) { var x = key(a), y = key(b); return (x < y ? -1 : x > y ? 1 : 0) * (descending ? -1 : 1); });
            th.setAttribute("data-order", descending ? "desc" : "asc");
            rows.forEach(function (row) { body.appendChild(row); });
          });
        });
        document.documentElement.setAttribute("data-charts", String(document.querySelectorAll("figure.chart svg").length));
        """;

    public static string Render(RunSet main, RunSet? against, RunComparison? comparison, IReadOnlyList<ChartImage> charts, IReadOnlyList<ChartImage> regions, string chartsFolder)
    {
        var reference = ReportMeasures.ReferenceMonth(main.First.Months);
        var date = main.First.Months[reference].AddMonths(1);
        var html = new StringBuilder();
        var title = against is null ? $"Simulation report: {main.Label}" : $"Simulation report: {main.Label} against {against.Label}";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append(CultureInfo.InvariantCulture, $"<title>{HtmlText.Escape(title)}</title>\n<style>\n{Style}</style>\n</head>\n<body>\n")
            .Append(CultureInfo.InvariantCulture, $"<h1>{HtmlText.Escape(title)}</h1>\n");
        Describe(html, main);
        if (against is not null)
        {
            Describe(html, against);
        }

        html.Append("<nav><a href=\"#charts\">Charts</a><a href=\"#regions\">Regions</a><a href=\"#table\">Regions on ")
            .Append(HtmlText.Escape(date.ToString("d MMM yyyy", CultureInfo.InvariantCulture))).Append("</a>");
        if (comparison is not null)
        {
            html.Append("<a href=\"#differences\">Differences</a>");
        }

        html.Append("<a href=\"#method\">Method</a></nav>\n<h2 id=\"charts\">Charts</h2>\n");
        var index = 0;
        foreach (var chart in charts)
        {
            Figure(html, chart, chartsFolder, index++);
        }

        html.Append("<h2 id=\"regions\">Population by region</h2>\n<div class=\"grid\">\n");
        foreach (var chart in regions)
        {
            Figure(html, chart, chartsFolder, index++);
        }

        html.Append("</div>\n");
        RegionTable(html, main, reference, date);
        if (comparison is not null)
        {
            DifferenceTable(html, comparison);
        }

        Method(html, main, against, comparison);
        html.Append("<script>\n").Append(Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Describe(StringBuilder html, RunSet set)
    {
        var first = set.First;
        var kind = set.IsEnsemble ? $"ensemble of {set.Members.Count} members (seeds {string.Join(", ", set.Members.Select(m => m.Seed?.ToString(CultureInfo.InvariantCulture) ?? "?"))})" : $"single run (seed {first.Seed?.ToString(CultureInfo.InvariantCulture) ?? "?"})";
        html.Append(CultureInfo.InvariantCulture,
            $"<p><b>{HtmlText.Escape(set.Label)}</b>: {HtmlText.Escape(kind)}, {RunSet.Period(first)}, {first.RegionCodes.Count} regions, one agent per {first.Weight:0.##} persons.</p>\n");
    }

    private static void Figure(StringBuilder html, ChartImage chart, string chartsFolder, int index)
    {
        var svg = ChartRenderer.ScopeIds(chart.Svg, $"c{index}-");
        html.Append(CultureInfo.InvariantCulture, $"<figure class=\"chart\" id=\"chart-{chart.Id}\" data-chart=\"{chart.Id}\">\n{svg}\n")
            .Append(CultureInfo.InvariantCulture, $"<figcaption>{HtmlText.Escape(chart.Title)} · <a href=\"{chartsFolder}/{chart.Id}.svg\">SVG</a> · <a href=\"{chartsFolder}/{chart.Id}.png\">PNG</a></figcaption>\n</figure>\n");
    }

    private static void RegionTable(StringBuilder html, RunSet set, int reference, DateOnly date)
    {
        var measures = ReportMeasures.All;
        var ensemble = set.Members.Count > 1;
        html.Append(CultureInfo.InvariantCulture, $"<h2 id=\"table\">Regions on {date:d MMM yyyy}</h2>\n<p>Population and rates on {date:d MMM yyyy}; births, deaths, migration, permits and enforcement summed over {set.First.Months[0]:MMM yyyy} to {set.First.Months[reference]:MMM yyyy}.")
            .Append(ensemble ? " Median of the members, 5–95% range below." : string.Empty)
            .Append("</p>\n<table class=\"sortable\" id=\"region-table\">\n<thead><tr><th>Region</th>");
        foreach (var m in measures)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th>{HtmlText.Escape(m.Label)} ({HtmlText.Escape(m.Unit)})</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        for (var region = -1; region < set.First.RegionCodes.Count; region++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{HtmlText.Escape(region < 0 ? "Kazakhstan" : set.First.RegionNames[region])}</td>");
            foreach (var m in measures)
            {
                if (region < 0 && m.RegionalOnly)
                {
                    html.Append("<td>–</td>");
                    continue;
                }

                var q = QuantileSet.Of(set.Members.Select(member => m.ValueOf(member, region, reference)).ToArray());
                html.Append(CultureInfo.InvariantCulture, $"<td data-sort=\"{q.P50.ToString("R", CultureInfo.InvariantCulture)}\">{HtmlText.Number(q.P50, m.Unit)}");
                if (ensemble)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<br><span class=\"interval\">{HtmlText.Number(q.P05, m.Unit)} – {HtmlText.Number(q.P95, m.Unit)}</span>");
                }

                html.Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void DifferenceTable(StringBuilder html, RunComparison comparison)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2 id=\"differences\">Differences: {HtmlText.Escape(comparison.A.Label)} minus {HtmlText.Escape(comparison.B.Label)}</h2>\n")
            .Append("<table class=\"sortable\" id=\"difference-table\">\n<thead><tr><th>Scope</th><th>Indicator</th><th>Unit</th>")
            .Append(CultureInfo.InvariantCulture, $"<th>{HtmlText.Escape(comparison.A.Label)} (mean)</th><th>{HtmlText.Escape(comparison.B.Label)} (mean)</th>")
            .Append("<th>Difference</th><th>Interval (5–95%)</th><th>Distinguishable from zero</th></tr></thead>\n<tbody>\n");
        foreach (var d in comparison.Differences)
        {
            var unit = d.Measure.Unit;
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{HtmlText.Escape(d.Scope)}</td><td>{HtmlText.Escape(d.Measure.Label)}</td><td>{HtmlText.Escape(unit)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{HtmlText.Number(d.A.Mean, unit)}</td><td>{HtmlText.Number(d.B.Mean, unit)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td data-sort=\"{d.Difference.ToString("R", CultureInfo.InvariantCulture)}\">{HtmlText.Signed(d.Difference, unit)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{HtmlText.Signed(d.Low, unit)} … {HtmlText.Signed(d.High, unit)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"{(d.Distinguishable == true ? "yes" : "no")}\">{HtmlText.Escape(d.DistinguishableText)}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void Method(StringBuilder html, RunSet main, RunSet? against, RunComparison? comparison)
    {
        html.Append("<h2 id=\"method\">Method</h2>\n<ul>\n")
            .Append("<li>Counts are persons: agent counts × weight (1/scale). National values are sums over regions; the national unemployment rate is Σ unemployed / Σ labour force, rents are weighted by population.</li>\n")
            .Append("<li>Ensemble bands: quantiles over members by Hyndman–Fan definition 7 (R's default, NumPy's linear): the darker band is p10–p90, the lighter p05–p95, the line the median.</li>\n");
        if (comparison is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>Differences: mean of {HtmlText.Escape(comparison.A.Label)} minus mean of {HtmlText.Escape(comparison.B.Label)}; the interval is the 5th–95th percentile of the member differences, ")
                .Append(comparison.Paired ? "members paired by seed (both ensembles have the same seeds, so each pair shares its random numbers)" : "every member of one side against every member of the other")
                .Append(". A difference is distinguishable from zero when its interval excludes zero; with one run on each side there is no interval.</li>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"<li>Sources: {HtmlText.Escape(Path.GetFullPath(main.Path))}")
            .Append(against is null ? string.Empty : "; " + HtmlText.Escape(Path.GetFullPath(against.Path)))
            .Append(".</li>\n</ul>\n");
    }
}
