using System.Globalization;
using Sim.Output.Dictionary;
using Sim.Output.Parts;
using Sim.Grains.Persons;
using Sim.Model;
using Sim.Model.Population;
using Spectre.Console;

namespace Sim.Host.Inspection;

/// <summary>Prints a person's profile and history, from a run folder's files or from a live person grain.</summary>
internal static class PersonPrinter
{
    private static readonly string[] ProfileColumns =
        ["region_code", "birth_month", "age_years", "sex", "citizenship", "legal_status", "profession", "activity", "arrival_month", "status_expiry_month", "kandas", "investor", "relocation_participant", "urban", "refugee_claimant", "migrant_id_card"];

    public static void FromFiles(IAnsiConsole console, long id, List<(int Year, Dictionary<string, string> Row)> snapshots, List<Dictionary<string, string>>? events)
    {
        if (snapshots.Count > 0)
        {
            var table = new Table { Title = new TableTitle($"person {id}: profile at the end of each snapshot year") };
            table.AddColumn("field");
            foreach (var (year, _) in snapshots)
            {
                table.AddColumn(new TableColumn(year.ToString(CultureInfo.InvariantCulture)));
            }

            foreach (var column in ProfileColumns)
            {
                table.AddRow([column, .. snapshots.Select(s => Markup.Escape(s.Row.GetValueOrDefault(column, "")))]);
            }

            console.Write(table);
        }

        if (events is null)
        {
            console.WriteLine("history: the run did not write its event log (scenario outputs.events: false); use --live to replay it.");
            return;
        }

        var history = new Table { Title = new TableTitle($"person {id}: history") };
        foreach (var header in new[] { "month", "region", "event", "detail", "other region" })
        {
            history.AddColumn(header);
        }

        foreach (var e in events)
        {
            history.AddRow(Markup.Escape(e["month"]), Markup.Escape(e["region_code"]), Markup.Escape(e["kind"]), Markup.Escape(e["detail"]), Markup.Escape(e["other_region_code"]));
        }

        console.Write(history);
    }

    public static void Live(IAnsiConsole console, PersonInspection inspection, IReadOnlyList<string> regionCodes)
    {
        var month = YearMonth.FromIndex(inspection.MonthIndex);
        if (inspection.Profile is { } p)
        {
            var table = new Table { Title = new TableTitle($"person {p.Id} at the end of {month}") };
            table.AddColumn("field");
            table.AddColumn("value");
            table.AddRow("region_code", p.RegionCode);
            table.AddRow("birth_month", p.BirthMonth.ToString());
            table.AddRow("age_years", p.AgeYears.ToString(CultureInfo.InvariantCulture));
            table.AddRow("sex", CategoryNames.Sex[(int)p.Sex]);
            table.AddRow("citizenship", CategoryNames.Citizenship[(int)p.Citizenship]);
            table.AddRow("legal_status", CategoryNames.LegalStatus[(int)p.Status]);
            table.AddRow("profession", CategoryNames.Profession[(int)p.Profession]);
            table.AddRow("activity", CategoryNames.Activity[(int)p.Activity]);
            table.AddRow("arrival_month", p.ArrivalMonth?.ToString() ?? "");
            table.AddRow("status_expiry_month", p.StatusExpiry?.ToString() ?? "");
            table.AddRow("flags", Markup.Escape((p.Flags & ~PersonFlags.Gone).ToString()));
            console.Write(table);
        }
        else
        {
            console.WriteLine($"person {inspection.PersonId} lives in no region at the end of {month} (died, left the country, or never existed).");
        }

        var history = new Table { Title = new TableTitle($"person {inspection.PersonId}: history kept in the regions' event logs") };
        foreach (var header in new[] { "month", "region", "event", "detail", "other region" })
        {
            history.AddColumn(header);
        }

        foreach (var e in inspection.History)
        {
            history.AddRow(e.Month.ToString(), regionCodes[e.Region], CategoryNames.EventKind[(int)e.Kind], EventPart.Detail(e) ?? "", e.OtherRegion >= 0 ? regionCodes[e.OtherRegion] : "");
        }

        console.Write(history);
    }
}
