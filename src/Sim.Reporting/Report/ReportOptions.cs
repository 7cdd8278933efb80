namespace Sim.Reporting.Report;

/// <summary>What <see cref="ReportBuilder"/> reports on.</summary>
public sealed class ReportOptions
{
    /// <summary>The run or ensemble folder reported on.</summary>
    public required string Subject { get; init; }

    /// <summary>A run or ensemble folder to compare with (e.g. the baseline), or null.</summary>
    public string? Against { get; init; }

    /// <summary>The HTML file to write; the charts go to <c>STEM-charts/</c> beside it.</summary>
    public required string OutputFile { get; init; }
}
