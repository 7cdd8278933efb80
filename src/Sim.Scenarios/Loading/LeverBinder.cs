using Sim.Model;
using Sim.Model.Population;
using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <summary>Binds the <c>levers:</c> section into timelines.</summary>
internal static class LeverBinder
{
    public static PolicyLeverSchedule Bind(YReader r) => new(
        r.Timeline("in_demand_permit", l => new InDemandPermitLever(
            l.Bool("enabled"),
            l.Strings("professions").Select(s => Names.TryParseProfession(s, out var p) ? p : Profession.None).ToList())),
        r.Timeline("investor_visa", l => new InvestorVisaLever(l.Bool("enabled"), l.Num("threshold_usd"))),
        r.Timeline("scientific_visa", l => new ScientificVisaLever(l.Bool("enabled"), l.Num("quota_per_year"))),
        r.Timeline("refugee_status", l => new RefugeeLever(l.Bool("enabled"), l.Bool("non_expulsion"), l.Num("grant_multiplier"))),
        r.Timeline("work_permits", l => new WorkPermitLever(l.Num("quota_share"), l.ByRegion("by_region"), l.Num("foreign_hire_share"))),
        r.Timeline("enforcement", l => new EnforcementLever(
            l.Num("detection_rate"), l.Num("deportation_share"), l.Int("entry_ban_years"), l.Num("employer_fine_share"))),
        r.Timeline("migrant_id_cards", l => new MigrantIdCardLever(l.Bool("enabled"), l.Num("detection_multiplier"))),
        r.Timeline("border_control", l => new BorderControlLever(l.Num("capacity_per_month"))),
        r.Timeline("relocation_programme", l => new RelocationProgrammeLever(
            l.Bool("enabled"), l.Num("quota_per_year"), l.Num("uptake"), l.Num("subsidy_kzt"), l.Strings("origins"),
            l.ByRegion("destinations"))),
        r.Timeline("kandas", l => new KandasLever(l.Num("quota_per_year"))));
}
