using System.CommandLine;
using Sim.Host.Cli;
using Sim.Reporting;
using Sim.Reporting.Report;

namespace Sim.Host.Commands;

/// <summary>
/// <c>sim report RUN_OR_ENSEMBLE [--against OTHER] --out FILE.html</c>: the planner's report, one self-contained HTML
/// file with every chart also saved as SVG and PNG in <c>FILE-charts/</c>. Exit 0 with a report, 2 on bad input
/// (one line naming the folder or file and what is wrong).
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var subject = new Argument<string>("RUN_OR_ENSEMBLE") { Description = "A run folder ('sim run') or an ensemble folder ('sim ensemble')." };
        var against = new Option<string?>("--against") { Description = "A run or ensemble folder to compare with (e.g. the baseline): differences with intervals." };
        var output = new Option<string>("--out", "-o") { Description = "The HTML file to write (charts go to FILE-charts/ beside it).", Required = true };
        var command = new Command("report", "Write an offline HTML report of a run or ensemble, optionally against another.")
        {
            subject, against, output,
        };
        command.SetAction(parse => Execute(console, parse.GetValue(subject)!, parse.GetValue(against), parse.GetValue(output)!));
        return command;
    }

    private static int Execute(CliConsole console, string subject, string? against, string output)
    {
        try
        {
            var result = ReportBuilder.Write(new ReportOptions { Subject = subject, Against = against, OutputFile = output });
            console.Out.WriteLine($"report: {result.HtmlFile} ({result.ChartIds.Count} charts, also as SVG and PNG in {result.ChartsFolder})");
            return ExitCodes.Ok;
        }
        catch (ReportInputException e)
        {
            console.Error.WriteLine("sim report: " + e.Message);
            return ExitCodes.BadInput;
        }
    }
}
