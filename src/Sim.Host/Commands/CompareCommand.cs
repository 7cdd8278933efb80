using System.CommandLine;
using System.Globalization;
using Sim.Host.Cli;
using Sim.Reporting;
using Sim.Reporting.Comparison;
using Sim.Reporting.Report;
using Sim.Reporting.Runs;
using Spectre.Console;

namespace Sim.Host.Commands;

/// <summary>
/// <c>sim compare A B</c>: the differences of <c>sim report A --against B</c> as a terminal table (national rows
/// first, then each region's). Exit 0, or 2 on bad input.
/// </summary>
internal static class CompareCommand
{
    public static Command Create(CliConsole console)
    {
        var a = new Argument<string>("A") { Description = "A run or ensemble folder (the scenario)." };
        var b = new Argument<string>("B") { Description = "A run or ensemble folder to compare with (the baseline)." };
        var command = new Command("compare", "Print the differences between two runs or ensembles, with intervals, as a table.") { a, b };
        command.SetAction(parse => Execute(console, parse.GetValue(a)!, parse.GetValue(b)!));
        return command;
    }

    private static int Execute(CliConsole console, string a, string b)
    {
        RunComparison comparison;
        try
        {
            comparison = RunComparison.Compare(RunSet.Load(a), RunSet.Load(b));
        }
        catch (ReportInputException e)
        {
            console.Error.WriteLine("sim compare: " + e.Message);
            return ExitCodes.BadInput;
        }

        var title = string.Create(CultureInfo.InvariantCulture,
            $"{comparison.A.Label} ({comparison.A.Members.Count} run(s)) minus {comparison.B.Label} ({comparison.B.Members.Count} run(s)); levels on {comparison.ReferenceDate:d MMM yyyy}, totals from {comparison.A.First.Months[0]:MMM yyyy}; interval: 5-95% of {(comparison.Paired ? "differences paired by seed" : "all member differences")}");
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(Markup.Escape(title)) };
        foreach (var header in new[] { "scope", "indicator", "unit", comparison.A.Label, comparison.B.Label, "difference", "interval", "distinguishable" })
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)) { Alignment = header is "scope" or "indicator" or "unit" ? Justify.Left : Justify.Right });
        }

        foreach (var d in comparison.Differences)
        {
            var unit = d.Measure.Unit;
            table.AddRow(
                Markup.Escape(d.Scope), Markup.Escape(d.Measure.Label), Markup.Escape(unit),
                HtmlText.Number(d.A.Mean, unit), HtmlText.Number(d.B.Mean, unit), HtmlText.Signed(d.Difference, unit),
                $"{HtmlText.Signed(d.Low, unit)} .. {HtmlText.Signed(d.High, unit)}",
                d.Distinguishable == true ? "[bold]yes[/]" : Markup.Escape(d.DistinguishableText));
        }

        console.Ansi.Write(table);
        return ExitCodes.Ok;
    }
}
