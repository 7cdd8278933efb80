namespace Sim.Reporting.Report;

/// <summary>What <see cref="ReportBuilder.Write"/> wrote.</summary>
/// <param name="HtmlFile">The self-contained HTML report.</param>
/// <param name="ChartsFolder">The folder with every chart as SVG and PNG.</param>
/// <param name="ChartIds">The charts, in page order.</param>
public sealed record ReportResult(string HtmlFile, string ChartsFolder, IReadOnlyList<string> ChartIds);
