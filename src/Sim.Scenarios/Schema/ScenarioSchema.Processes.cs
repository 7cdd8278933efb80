using Sim.Model;
using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <content>Key tree of the arrival, legal-status, labour, relocation and emigration processes.</content>
public static partial class ScenarioSchema
{
    private static SchemaMap ArrivalsNode() => Map(
        "Arrivals from abroad.",
        Req("inflows", ByOrigin(
            "Regular monthly inflow by citizenship, persons a month, from each month on (KZ = returning citizens).",
            Series("Persons a month.", Num("Persons a month.", 0, 10_000_000)))),
        Req("origins", ByOrigin("Profile of arrivals by citizenship.", OriginProfileNode())),
        Req("shocks", ByName("One-off inflows (e.g. the September 2022 mobilisation), by name.", ShockNode())),
        Req("kandas", KandasNode()));

    private static SchemaMap OriginProfileNode() => Map(
        "Attributes of arrivals of one citizenship.",
        Req("transit_share", Share("Share of arrivals who only pass through.")),
        Req("transit_dwell_months", Num("Mean months a transit person stays (geometric; 0 = leaves within the month of arrival).", 0, 120)),
        Req("visa_free_months", Int("Months of visa-free stay before a status is needed.", 0, 120)),
        Req("eaeu", Bool("Citizens of an EAEU state: employed persons get temporary residence without a work permit.")),
        Req("male_share", Share("Share of men.")),
        Req("child_share", Share("Share of children (0-17).")),
        Req("age_mean_years", Num("Mean age of adult arrivals.", 18, 80)),
        Req("age_sd_years", Num("Standard deviation of the age of adult arrivals.", 0, 30)),
        Req("employed_share", Share("Share of adult arrivals who come with a job.")),
        Req("investor_share", Share("Share of adult arrivals with wealth at or above the reference investor threshold.")),
        Req("refugee_claim_share", Share("Share of adult stayers who claim asylum when the visa-free stay ends.")),
        Req("profession_mix", SharesByProfession("Profession shares of adult arrivals (sum to 1).")),
        Req("entry", SharesByRegion("Entry points (border regions, airport cities) of transit persons, shares (sum to 1).")),
        Req("settlement", SharesByRegion("Where stayers settle, shares (sum to 1).")));

    private static SchemaMap ShockNode() => Map(
        "A one-off inflow in given months.",
        Req("origin", new SchemaScalar("Citizenship of the arrivals.", SchemaScalarKind.Origin)),
        Req("persons", Series("Persons arriving in exactly the months listed (not carried forward).", Int("Persons.", 0, 100_000_000))),
        Req("transit_share", Share("Share who only pass through.")),
        Req("transit_dwell_months", Num("Mean months a transit person of the shock stays.", 0, 120)),
        Req("entry", SharesByRegion("Entry points of the shock's transit persons, shares (sum to 1).")),
        Req("settlement", SharesByRegion("Where the shock's stayers settle, shares (sum to 1).")));

    private static SchemaMap KandasNode() => Map(
        "Ethnic Kazakh repatriates.",
        Req("arrivals_per_year", Series("Kandas arrivals a year, persons, from each month on.", Num("Persons a year.", 0, 1_000_000))),
        Req("origin_mix", SharesByOrigin("Citizenship of arriving kandas, shares (sum to 1).")),
        Req("settlement", ByRegion("Observed settlement shares; the remainder is spread over the other regions by population.", Share("Share."))),
        Req("naturalisation_months", Int("Months from arrival to citizenship.", 0, 240)));

    private static SchemaMap LegalStatusNode() => Map(
        "Legal status transitions when a stay or permit expires.",
        Req("work_permit_months", Int("Validity of a work permit, months.", 1, 120)),
        Req("residence_permit_months", Int("Validity of a 10-year residence permit (in-demand, investor, scientific), months.", 1, 240)),
        Req("temporary_residence_months", Int("Validity of other temporary residence (EAEU workers, refugees' renewals), months.", 1, 120)),
        Req("permanent_on_expiry_share", Share("Share of residence-permit holders who get permanent residence when it expires.")),
        Req("leave_on_expiry_share", Share("Share of persons without a permit who leave rather than stay irregularly.")),
        Req("in_demand_apply_share", Share("Share of qualifying in-demand professionals who apply for the residence permit.")),
        Req("investor_reference_usd", Num("Wealth threshold the origin investor shares refer to, USD.", 1, 1e9)),
        Req("investor_pareto_alpha", Num("Pareto tail index of wealth above the reference (share scales as (ref/threshold)^alpha).", 0.1, 5)),
        Req("refugee_grant_share", Share("Share of asylum claims granted.")),
        Req("irregular_exit_share", Share("Monthly share of irregular persons who regularise by leaving voluntarily.")));

    private static SchemaMap LabourNode() => Map(
        "Labour market per region and profession group.",
        Req("matching_efficiency", Num("A in hires M = A*U^alpha*V^(1-alpha), per month (calibration parameter).", 0, 5)),
        Req("matching_elasticity", Share("alpha, the elasticity of hires with respect to job seekers.")),
        Req("separation_rate", Num("Monthly share of employed persons who lose their job.", 0, 0.5)),
        Req("job_growth_per_year", Num("Growth of jobs a year (new vacancies relative to employment).", -0.2, 0.3)),
        Req("initial_tightness", Num("Vacancies per job seeker V/U at the start month.", 0, 20)),
        Req("wage_growth_per_year", Num("Nominal wage trend a year.", -0.5, 1)),
        Req("wage_tightness_elasticity", Num("Monthly wage response to ln(V/U relative to its start value).", 0, 1)),
        Req("vacancy_tightness_elasticity", Num("Monthly response of vacancy creation to ln(V/U relative to its start value) (negative: fewer when tight).", -1, 1)));

    private static SchemaMap RelocationNode() => Map(
        "Internal relocation between regions: multinomial logit with a stay option.",
        Req("consider_rate_per_month", Num("Monthly share of residents who consider moving (before age multipliers).", 0, 0.5)),
        Req("age_multiplier", Map(
            "Propensity to consider a move by age, relative.",
            Req("age_0_17", Num("Ages 0-17.", 0, 10)),
            Req("age_18_34", Num("Ages 18-34.", 0, 10)),
            Req("age_35_59", Num("Ages 35-59.", 0, 10)),
            Req("age_60_plus", Num("Ages 60 and over.", 0, 10)))),
        Req("foreigner_multiplier", Num("Propensity of foreign residents relative to citizens.", 0, 10)),
        Req("beta_wage", Num("Coefficient of ln(average wage) of the destination.", -20, 20)),
        Req("beta_unemployment", Num("Coefficient of the destination's unemployment rate (0..1), entered with a minus sign.", -100, 100)),
        Req("beta_rent", Num("Coefficient of ln(rent per m2) of the destination, entered with a minus sign.", -20, 20)),
        Req("beta_distance", Num("Coefficient of ln(distance in km), entered with a minus sign.", -20, 20)),
        Req("beta_subsidy", Num("Coefficient of the relocation subsidy in units of subsidy_unit_kzt.", -20, 20)),
        Req("subsidy_unit_kzt", Num("KZT that count as one unit of subsidy in the logit.", 1, 1e9)),
        Req("stay_utility", Num("Utility constant of staying (calibration parameter).", -50, 50)),
        Req("destination_size_weight", Num("Coefficient of ln(destination population): bigger regions have more opportunities.", -5, 5)));

    private static SchemaMap EmigrationNode() => Map(
        "Emigration of citizens.",
        Req("permanent_per_year", Series("Permanent emigrants a year, persons, from each month on.", Num("Persons a year.", 0, 10_000_000))),
        Req("labour_abroad_per_year", Series("Citizens leaving to work abroad a year, persons (returns arrive as KZ inflows).", Num("Persons a year.", 0, 10_000_000))),
        Req("min_age_years", Int("Youngest age of emigrants considered.", 0, 100)));
}
