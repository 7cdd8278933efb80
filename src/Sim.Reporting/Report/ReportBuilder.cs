using System.Text;
using Sim.Reporting.Charts;
using Sim.Reporting.Comparison;
using Sim.Reporting.Runs;

namespace Sim.Reporting.Report;

/// <summary>
/// Makes the planner's report: one self-contained HTML file (inline SVG charts, inline CSS and script, nothing
/// fetched) and every chart as SVG and PNG in <c>STEM-charts/</c> beside it. Both are written to temporary names and
/// renamed into place, so a failed report leaves nothing half-written.
/// </summary>
public static class ReportBuilder
{
    /// <summary>Reads the run sets, renders the charts and writes the report.</summary>
    public static ReportResult Write(ReportOptions options)
    {
        if (!options.OutputFile.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            throw new ReportInputException($"--out {options.OutputFile}: the report is an .html file");
        }

        var main = RunSet.Load(options.Subject);
        ReportMeasures.RequireColumns(main);
        var against = options.Against is null ? null : RunSet.Load(options.Against);
        var comparison = against is null ? null : RunComparison.Compare(main, against);
        var charts = ReportCharts.Main(main, against, comparison);
        var regions = ReportCharts.Regions(main, against);
        var file = Path.GetFullPath(options.OutputFile);
        var chartsFolder = ChartsFolderOf(file);
        var html = ReportHtml.Render(main, against, comparison, charts, regions, Path.GetFileName(chartsFolder));
        Publish(file, chartsFolder, html, [.. charts, .. regions]);
        return new ReportResult(file, chartsFolder, [.. charts.Select(c => c.Id), .. regions.Select(c => c.Id)]);
    }

    /// <summary>The charts folder beside a report file: <c>report.html</c> → <c>report-charts</c>.</summary>
    public static string ChartsFolderOf(string htmlFile) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(htmlFile))!, Path.GetFileNameWithoutExtension(htmlFile) + "-charts");

    private static void Publish(string file, string chartsFolder, string html, IReadOnlyList<ChartImage> charts)
    {
        var directory = Path.GetDirectoryName(file)!;
        Directory.CreateDirectory(directory);
        var tempCharts = Path.Combine(directory, $".{Path.GetFileName(chartsFolder)}.writing");
        var tempHtml = Path.Combine(directory, $".{Path.GetFileName(file)}.writing");
        try
        {
            if (Directory.Exists(tempCharts))
            {
                Directory.Delete(tempCharts, recursive: true);
            }

            Directory.CreateDirectory(tempCharts);
            foreach (var chart in charts)
            {
                File.WriteAllText(Path.Combine(tempCharts, chart.Id + ".svg"), chart.Svg, new UTF8Encoding(false));
                File.WriteAllBytes(Path.Combine(tempCharts, chart.Id + ".png"), chart.Png);
            }

            File.WriteAllText(tempHtml, html, new UTF8Encoding(false));
            if (Directory.Exists(chartsFolder))
            {
                // An earlier report's charts: replaced together with the report.
                Directory.Delete(chartsFolder, recursive: true);
            }

            Directory.Move(tempCharts, chartsFolder);
            File.Move(tempHtml, file, overwrite: true);
        }
        finally
        {
            if (Directory.Exists(tempCharts))
            {
                Directory.Delete(tempCharts, recursive: true);
            }

            if (File.Exists(tempHtml))
            {
                File.Delete(tempHtml);
            }
        }
    }
}
