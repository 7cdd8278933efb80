using Sim.Model;
using Sim.Model.Population;
using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <summary>Turns a validated, merged scenario tree into the typed <see cref="Scenario"/>.</summary>
internal static class ScenarioBinder
{
    public static Scenario Bind(YMap tree, string sourcePath)
    {
        var r = new YReader(tree);
        var population = BindPopulation(r.Child("population"));
        var tables = new ScenarioTables(RegionTableReader.Read(population.RegionsPath), VitalRatesReader.Read(population.VitalRatesPath));
        return new Scenario(
            r.Text("name"),
            r.Has("description") ? r.Text("description") : null,
            sourcePath,
            r.Month("start"),
            r.Month("end"),
            ParseSeed(r.Text("seed")),
            population,
            BindDemography(r.Child("demography")),
            BindArrivals(r.Child("arrivals")),
            BindDeparture(r.Child("departure")),
            BindLegalStatus(r.Child("legal_status")),
            BindLabour(r.Child("labour")),
            BindHousing(r.Child("housing")),
            BindRelocation(r.Child("relocation")),
            BindEmigration(r.Child("emigration")),
            LeverBinder.Bind(r.Child("levers")),
            BindOutputs(r.Child("outputs")),
            tables)
        {
            Tree = tree,
        };
    }

    private static ulong ParseSeed(string text) =>
        ulong.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seed)
            ? seed
            : (ulong)double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static PopulationParameters BindPopulation(YReader r)
    {
        var status = r.Child("foreign_stock_status");
        return new PopulationParameters(
            r.Num("scale"), r.FilePath("regions"), r.FilePath("vital_rates"), r.Num("child_share_0_14"),
            r.Num("sex_ratio_at_birth"), r.Num("national_urban_share"), r.Num("participation_rate"),
            r.Num("higher_education_share"), r.Int("school_age_years"), r.Int("labour_entry_age_years"),
            r.Int("higher_education_exit_age_years"), r.Int("retirement_age_men_years"), r.Int("retirement_age_women_years"),
            r.ByProfession("profession_mix"), r.ByOrigin("foreign_stock"),
            [status.Num("permanent_residence"), status.Num("temporary_residence"), status.Num("work_permit"), status.Num("irregular")]);
    }

    private static DemographyParameters BindDemography(YReader r) => new(
        r.Series("tfr"), r.Series("crude_death_rate_per_1000"), r.Num("life_expectancy_men_years"),
        r.Num("life_expectancy_women_years"), r.Num("gompertz_slope"), r.Num("makeham_constant"),
        r.Num("infant_mortality_per_1000"), r.Num("fertility_mean_age_years"), r.Num("fertility_spread"),
        r.Int("fertility_min_age_years"), r.Int("fertility_max_age_years"));

    private static ArrivalParameters BindArrivals(YReader r)
    {
        var inflows = new MonthSeries[Names.OriginCount];
        var origins = new OriginProfile?[Names.OriginCount];
        Array.Fill(inflows, MonthSeries.Empty);
        var inflowMap = r.Child("inflows");
        foreach (var e in r.Entries("inflows"))
        {
            Names.TryParseOrigin(e.Key, out var o);
            inflows[(int)o] = inflowMap.Series(e.Key);
        }

        var originMap = r.Child("origins");
        foreach (var e in r.Entries("origins"))
        {
            Names.TryParseOrigin(e.Key, out var o);
            var p = originMap.Child(e.Key);
            origins[(int)o] = new OriginProfile(
                p.Num("transit_share"), p.Num("transit_dwell_months"), p.Int("visa_free_months"), p.Bool("eaeu"),
                p.Num("male_share"), p.Num("child_share"), p.Num("age_mean_years"), p.Num("age_sd_years"),
                p.Num("employed_share"), p.Num("investor_share"), p.Num("refugee_claim_share"),
                p.ByProfession("profession_mix"), p.ByRegion("entry"), p.ByRegion("settlement"));
        }

        var shockMap = r.Child("shocks");
        var shocks = r.Entries("shocks").Select(e =>
        {
            var s = shockMap.Child(e.Key);
            Names.TryParseOrigin(s.Text("origin"), out var origin);
            return new ShockParameters(e.Key, origin, s.Series("persons"), s.Num("transit_share"),
                s.Num("transit_dwell_months"), s.ByRegion("entry"), s.ByRegion("settlement"));
        }).ToList();

        var k = r.Child("kandas");
        var kandas = new KandasParameters(k.Series("arrivals_per_year"), k.ByOrigin("origin_mix"), k.ByRegion("settlement"),
            k.Int("naturalisation_months"));
        return new ArrivalParameters(inflows, origins, shocks, kandas);
    }

    private static DepartureParameters BindDeparture(YReader r) => new(
        r.Num("intercept"), r.Num("unemployment_coef"), r.Num("rent_burden_coef"), r.Num("expiring_status_coef"),
        r.Num("irregular_coef"), r.Num("unemployed_coef"));

    private static LegalStatusParameters BindLegalStatus(YReader r) => new(
        r.Int("work_permit_months"), r.Int("residence_permit_months"), r.Int("temporary_residence_months"),
        r.Num("permanent_on_expiry_share"), r.Num("leave_on_expiry_share"), r.Num("in_demand_apply_share"),
        r.Num("investor_reference_usd"), r.Num("investor_pareto_alpha"), r.Num("refugee_grant_share"),
        r.Num("irregular_exit_share"));

    private static LabourParameters BindLabour(YReader r) => new(
        r.Num("matching_efficiency"), r.Num("matching_elasticity"), r.Num("separation_rate"), r.Num("job_growth_per_year"),
        r.Num("initial_tightness"), r.Num("wage_growth_per_year"), r.Num("wage_tightness_elasticity"),
        r.Num("vacancy_tightness_elasticity"));

    private static HousingParameters BindHousing(YReader r) => new(
        r.Num("rent_elasticity"), r.Num("renter_share"), r.Num("newcomer_rent_share"), r.Num("vacancy_rate"),
        r.Series("m2_per_person"), r.Series("stock_growth_per_year"), r.Num("rent_kzt_per_m2"),
        r.ByRegion("rent_kzt_per_m2_by_region"), r.Num("demand_rent_elasticity"), r.Num("supply_adjustment_per_month"), r.Num("rent_drift_per_year"));

    private static RelocationParameters BindRelocation(YReader r)
    {
        var age = r.Child("age_multiplier");
        return new RelocationParameters(
            r.Num("consider_rate_per_month"),
            [age.Num("age_0_17"), age.Num("age_18_34"), age.Num("age_35_59"), age.Num("age_60_plus")],
            r.Num("foreigner_multiplier"), r.Num("beta_wage"), r.Num("beta_unemployment"), r.Num("beta_rent"),
            r.Num("beta_distance"), r.Num("beta_subsidy"), r.Num("subsidy_unit_kzt"), r.Num("stay_utility"),
            r.Num("destination_size_weight"));
    }

    private static EmigrationParameters BindEmigration(YReader r) =>
        new(r.Series("permanent_per_year"), r.Series("labour_abroad_per_year"), r.Int("min_age_years"));

    private static OutputParameters BindOutputs(YReader r) => new(
        ((YSeq)r.Node("snapshot_years")).Items.Cast<YScalar>().Select(s => (int)YReader.ParseNumber(s)).ToList(),
        r.Bool("events"),
        r.Int("event_log_capacity"));
}
