using System.Collections;
using System.Globalization;
using System.Reflection;
using Sim.Output;
using Sim.Host.Cli;
using Sim.Model.Scenarios;
using Sim.Reporting;
using Sim.Reporting.Runs;
using Sim.Scenarios;
using Spectre.Console;

namespace Sim.Host.Commands.Levers;

/// <summary>
/// Lists every lever of a run's scenario (read from the run folder's resolved scenario) with its source, values and
/// dates, and the persons a year its counters produced in region_month (agents × weight over the run's months;
/// the border backlog, a stock in persons, as its peak: the most persons waiting at a month's end), minus the
/// baseline's where given. A lever expecting fewer than 20 agents a year at the run's scale is marked below
/// resolution with the scale to run at (<see cref="LeverResolution"/>).
/// </summary>
internal static class LeversHandler
{
    /// <summary>A level in persons, not a count of events: its peak month instead of a sum over a year.</summary>
    private const string BorderBacklog = "border_backlog_persons";

    public static int Execute(LeversOptions options, CliConsole console)
    {
        var run = Load(options.Run);
        var against = options.Against is null ? null : Load(options.Against);
        var scenario = ReadScenario(run.First.Folder);
        var schedule = scenario.Levers;
        var header = against is null
            ? new[] { "lever", "source", "values from (YYYY-MM)", "persons a year" }
            : ["lever", "source", "values from (YYYY-MM)", "persons a year", "baseline", "difference"];
        var rows = LeverCatalog.All.Select(lever =>
        {
            var values = string.Join("; ", Entries(lever.Changes(schedule)))
                + (lever.Enacted is null ? string.Empty : "; " + lever.Enacted(scenario.Tables));
            var produced = lever.Indicators.Select(i => (Name: i, Run: PerYear(run, i), Base: against is null ? double.NaN : PerYear(against, i))).ToList();
            var expected = lever.Quota?.Invoke(schedule) ?? produced.Where(p => p.Name != BorderBacklog).Select(p => p.Run).DefaultIfEmpty(0).Max();
            var note = LeverResolution.Note(expected, 1 / run.First.Weight);
            var cells = new List<string>
            {
                lever.Key, lever.Source, values,
                string.Join(", ", produced.Select(p => $"{p.Name} {Number(p.Run)}")) + (note is null ? string.Empty : $" ({note})"),
            };
            if (against is not null)
            {
                cells.Add(string.Join(", ", produced.Select(p => Number(p.Base))));
                cells.Add(string.Join(", ", produced.Select(p => Signed(p.Run - p.Base))));
            }

            return cells;
        }).ToList();

        var title = $"Levers of {run.Label}{(against is null ? string.Empty : " against " + against.Label)}, {RunSet.Period(run.First)}; persons a year (border backlog: peak persons waiting at a month's end)";
        if (options.Markdown)
        {
            console.Out.WriteLine(title + "\n");
            console.Out.WriteLine("| " + string.Join(" | ", header) + " |");
            console.Out.WriteLine("|" + string.Concat(header.Select(_ => " --- |")));
            foreach (var row in rows)
            {
                console.Out.WriteLine("| " + string.Join(" | ", row.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))) + " |");
            }
        }
        else
        {
            var table = new Table { Title = new TableTitle(Markup.Escape(title)) };
            foreach (var h in header)
            {
                table.AddColumn(new TableColumn(Markup.Escape(h)));
            }

            foreach (var row in rows)
            {
                table.AddRow([.. row.Select(Markup.Escape)]);
            }

            console.Ansi.Write(table);
        }

        return ExitCodes.Ok;
    }

    private static RunSet Load(string path)
    {
        try
        {
            return RunSet.Load(path);
        }
        catch (ReportInputException e)
        {
            throw new UserInputException(e.Message, e);
        }
    }

    private static Scenario ReadScenario(string folder)
    {
        var resolved = Path.Combine(folder, RunManifest.ScenarioFileName);
        if (!File.Exists(resolved))
        {
            throw new UserInputException($"{folder}: no {RunManifest.ScenarioFileName}; allowed: a run folder written by 'sim run'");
        }

        return ScenarioLoader.Load(resolved);
    }

    /// <summary>Mean over members of the national counter per year (region_month holds persons), or the peak national month for the backlog.</summary>
    private static double PerYear(RunSet set, string indicator) => set.Members.Average(run =>
    {
        if (!run.Has(indicator))
        {
            throw new UserInputException($"{run.Folder}: region_month has no column {indicator}; the run was written by an earlier version");
        }

        var values = run.Values(indicator);
        if (indicator == BorderBacklog)
        {
            var regions = run.RegionCodes.Count;
            var peak = 0.0;
            for (var m = 0; m < run.Months.Count; m++)
            {
                var month = 0.0;
                foreach (var v in values.Slice(m * regions, regions))
                {
                    month += v;
                }

                peak = Math.Max(peak, month);
            }

            return peak;
        }

        var total = 0.0;
        foreach (var v in values)
        {
            total += v;
        }

        return total * 12.0 / run.Months.Count;
    });

    /// <summary>Each effective month with the fields that changed then (every field for the first), as in the YAML.</summary>
    private static IEnumerable<string> Entries(IEnumerable<KeyValuePair<Model.YearMonth, object>> changes)
    {
        IReadOnlyList<string>? previous = null;
        foreach (var (month, lever) in changes)
        {
            var fields = Fields(lever);
            var shown = previous is null ? fields : fields.Where((f, i) => f != previous[i]).ToList();
            yield return $"{month}: {string.Join(", ", shown)}";
            previous = fields;
        }
    }

    /// <summary>The lever record's fields as <c>key=value</c> with the scenario keys of its [Parameter] attributes.</summary>
    private static IReadOnlyList<string> Fields(object lever)
    {
        var constructor = lever.GetType().GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        return [.. constructor.GetParameters().Select(p =>
        {
            var key = p.GetCustomAttribute<ParameterAttribute>()?.Key ?? p.Name!;
            var value = lever.GetType().GetProperty(p.Name!)!.GetValue(lever);
            return $"{key}={Text(value)}";
        })];
    }

    private static string Text(object? value) => value switch
    {
        null => "-",
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IDictionary d => "{" + string.Join(" ", d.Keys.Cast<object>().Select(k => $"{Text(k)}:{Text(d[k])}")) + "}",
        IEnumerable e => "[" + string.Join(" ", e.Cast<object>().Select(Text)) + "]",
        _ => value.ToString() ?? "-",
    };

    private static string Number(double v) => v.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Signed(double v) => (v > 0 ? "+" : string.Empty) + Number(v);
}
