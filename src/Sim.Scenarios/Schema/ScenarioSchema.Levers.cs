using Sim.Model;
using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <content>Key tree of the policy levers: each lever is a map from effective month to the fields that change.</content>
public static partial class ScenarioSchema
{
    private static SchemaMap LeversNode() => Map(
        "Policy levers. Each lever maps effective months (YYYY-MM) to the fields that change then; "
        + "fields not given carry forward; the earliest entry must give every field.",
        Req("in_demand_permit", Dated("10-year residence permit for in-demand professions.", Map(
            "In-demand professions lever.",
            Opt("enabled", Bool("Whether the permit is offered.")),
            Opt("professions", List("Profession groups on the in-demand list.", new SchemaScalar("Profession group.", SchemaScalarKind.Profession)))))),
        Req("investor_visa", Dated("10-year investor residence permit.", Map(
            "Investor visa lever.",
            Opt("enabled", Bool("Whether the investor permit is offered.")),
            Opt("threshold_usd", Num("Investment threshold, USD.", 1, 1e9))))),
        Req("scientific_visa", Dated("Scientific-pedagogical visa (the 500+ programme).", Map(
            "Scientific-pedagogical visa lever.",
            Opt("enabled", Bool("Whether the visa is offered.")),
            Opt("quota_per_year", Num("Visas a year nationally, persons.", 0, 1_000_000))))),
        Req("refugee_status", Dated("Refugee status and non-expulsion.", Map(
            "Refugee lever.",
            Opt("enabled", Bool("Whether asylum claims are examined.")),
            Opt("non_expulsion", Bool("Whether rejected claimants facing persecution are protected from expulsion.")),
            Opt("grant_multiplier", Num("Multiplier of the base grant share.", 0, 10))))),
        Req("work_permits", Dated("Work-permit quotas as a share of the regional labour force.", Map(
            "Work-permit quota lever.",
            Opt("quota_share", Share("Quota as a share of the labour force, all regions without their own value.")),
            Opt("by_region", ByRegion("Quota share of particular regions.", Share("Share."))),
            Opt("foreign_hire_share", Share("Share of vacancies foreign seekers may fill under a permit."))))),
        Req("enforcement", Dated("Detection and deportation of irregular migrants.", Map(
            "Enforcement lever.",
            Opt("detection_rate", Num("Monthly share of irregular persons detected.", 0, 1)),
            Opt("deportation_share", Share("Share of the detected who are deported (with an entry ban).")),
            Opt("entry_ban_years", Int("Entry ban after deportation, years.", 0, 99)),
            Opt("employer_fine_share", Share("Share of detected employed irregular persons whose employer is fined."))))),
        Req("migrant_id_cards", Dated("Migrant ID cards issued at entry.", Map(
            "Migrant ID card lever.",
            Opt("enabled", Bool("Whether cards are issued to arrivals.")),
            Opt("detection_multiplier", Num("Detection rate multiplier for card holders.", 1, 100))))),
        Req("border_control", Dated("Border crossing capacity.", Map(
            "Border control lever.",
            Opt("capacity_per_month", Num("Arrivals the border can process a month nationally, persons; the excess waits.", 0, 1e9))))),
        Req("relocation_programme", Dated("State relocation programme from labour-surplus to labour-shortage regions.", Map(
            "Relocation programme lever.",
            Opt("enabled", Bool("Whether the programme runs.")),
            Opt("quota_per_year", Num("Participants a year nationally, persons.", 0, 10_000_000)),
            Opt("uptake", Share("Share of the quota actually used.")),
            Opt("subsidy_kzt", Num("Value of the subsidy package per participant, KZT.", 0, 1e9)),
            Opt("origins", List("Labour-surplus regions participants come from.", new SchemaScalar("Region code.", SchemaScalarKind.Region))),
            Opt("destinations", ByRegion("Labour-shortage regions and their weights.", Num("Weight.", 0, 1e9)))))),
        Req("kandas", Dated("Kandas quota for supported settlement in the programme's destination regions.", Map(
            "Kandas quota lever.",
            Opt("quota_per_year", Num("Supported kandas a year, persons.", 0, 10_000_000))))));
}
