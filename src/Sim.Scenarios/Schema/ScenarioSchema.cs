using Sim.Model;
using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <summary>
/// The scenario key tree: every key a scenario file may use, with its type, range and documentation.
/// The loader validates against it and <see cref="JsonSchemaWriter"/> renders it as
/// <c>scenarios/scenario.schema.json</c>; a test checks that file against this tree.
/// </summary>
public static partial class ScenarioSchema
{
    /// <summary>The root of the key tree.</summary>
    public static SchemaMap Root { get; } = BuildRoot();

    private static SchemaMap BuildRoot() => Map(
        "A scenario of the Kazakhstan migration and demographic simulation.",
        Req("name", Text("Short name of the scenario; used in run ids.")),
        Opt("description", Text("What the scenario represents.")),
        Opt("extends", Path("Scenario file this one inherits from, relative to this file; maps merge key by key, the child wins.")),
        Req("start", Month("First simulated month, YYYY-MM; the population is synthesised for its first day.")),
        Req("end", Month("Last simulated month, YYYY-MM (inclusive).")),
        Req("seed", Int("Root seed of every random stream; the command line can override it.", 0, long.MaxValue)),
        Req("population", PopulationNode()),
        Req("demography", DemographyNode()),
        Req("arrivals", ArrivalsNode()),
        Req("departure", DepartureNode()),
        Req("legal_status", LegalStatusNode()),
        Req("labour", LabourNode()),
        Req("housing", HousingNode()),
        Req("relocation", RelocationNode()),
        Req("emigration", EmigrationNode()),
        Req("levers", LeversNode()),
        Req("outputs", OutputsNode()));

    private static SchemaMap PopulationNode() => Map(
        "Starting population: base data and synthesis parameters.",
        Req("scale", new SchemaNumber("Agents per person (0 < scale <= 1); each agent stands for 1/scale persons.", 0, 1, false, true)),
        Req("regions", Path("CSV of the 20 regions: codes, coordinates, populations, wages, unemployment, urban share, borders (BNS).")),
        Req("vital_rates", Path("CSV of observed national vital rates by year: TFR, crude death rate (BNS).")),
        Req("child_share_0_14", Share("Share of persons aged 0-14 the synthesised age pyramid is fitted to (observed).")),
        Req("sex_ratio_at_birth", Num("Male births per female birth.", 0.9, 1.2)),
        Req("national_urban_share", Share("Urban share used for regions without an observed value.")),
        Req("participation_rate", Share("Share of persons between labour-market entry and retirement who are in the labour force.")),
        Req("higher_education_share", Share("Share of those at labour-market entry age who study until the higher-education exit age.")),
        Req("school_age_years", Int("Age at which children become pupils.", 3, 10)),
        Req("labour_entry_age_years", Int("Age at which pupils leave school for the labour market or higher education.", 14, 20)),
        Req("higher_education_exit_age_years", Int("Age at which students enter the labour market.", 18, 30)),
        Req("retirement_age_men_years", Int("Retirement age of men.", 50, 75)),
        Req("retirement_age_women_years", Int("Retirement age of women.", 50, 75)),
        Req("profession_mix", SharesByProfession("Profession shares of residents entering the labour market (sum to 1).")),
        Req("foreign_stock", ByOrigin("Foreign residents at the start month, persons (by citizenship).", Int("Persons.", 0, 10_000_000))),
        Req("foreign_stock_status", Map(
            "Legal-status shares of the foreign stock at the start month.",
            Req("permanent_residence", Share("Share with permanent residence.")),
            Req("temporary_residence", Share("Share with temporary residence.")),
            Req("work_permit", Share("Share with a work permit.")),
            Req("irregular", Share("Share without a valid status.")))));

    private static SchemaMap DemographyNode() => Map(
        "Births and deaths.",
        Req("tfr", Series("Total fertility rate, children per woman, from each month on (overrides the vital-rates file).", Num("Children per woman.", 0.5, 8))),
        Req("crude_death_rate_per_1000", Series("Crude death rate the mortality schedule is scaled to, deaths per 1000 persons a year.", Num("Per mille.", 1, 30))),
        Req("life_expectancy_men_years", Num("Life expectancy at birth of men the Gompertz-Makeham schedule is fitted to.", 40, 95)),
        Req("life_expectancy_women_years", Num("Life expectancy at birth of women the Gompertz-Makeham schedule is fitted to.", 40, 95)),
        Req("gompertz_slope", Num("Gompertz slope b of mu(x) = a*exp(b*x) + c, per year of age.", 0.03, 0.2)),
        Req("makeham_constant", Num("Makeham age-independent hazard c, per year.", 0, 0.05)),
        Req("infant_mortality_per_1000", Num("Deaths in the first year of life per 1000 births.", 0, 100)),
        Req("fertility_mean_age_years", Num("Hadwiger fertility schedule: location c (close to the mean age of mothers).", 20, 40)),
        Req("fertility_spread", Num("Hadwiger fertility schedule: shape b (larger is more concentrated).", 1, 10)),
        Req("fertility_min_age_years", Int("Youngest age of mothers.", 10, 20)),
        Req("fertility_max_age_years", Int("Oldest age of mothers.", 40, 55)));

    private static SchemaMap DepartureNode() => Map(
        "Departure of foreign stayers: monthly logistic hazard p = 1/(1+exp(-(intercept + b_u*u + b_r*rent_burden + b_e*expiring))).",
        Req("intercept", Num("Logit intercept (calibration parameter).", -20, 5)),
        Req("unemployment_coef", Num("Coefficient of the region's unemployment rate (0..1).", -50, 50)),
        Req("rent_burden_coef", Num("Coefficient of rent burden: monthly rent of 30 m2 over the average wage.", -50, 50)),
        Req("expiring_status_coef", Num("Coefficient of a status expiring within 3 months (visa-free, permit).", -20, 20)),
        Req("irregular_coef", Num("Coefficient of being irregular.", -20, 20)),
        Req("unemployed_coef", Num("Coefficient of being unemployed.", -20, 20)));

    private static SchemaMap HousingNode() => Map(
        "Rental housing market per region: R(t+1) = R(t)*(1 + elasticity*(D/S - 1)).",
        Req("rent_elasticity", Num("Monthly response of the rent index to excess demand (calibration parameter).", 0, 5)),
        Req("renter_share", Share("Share of citizens who rent (rental-market demand).")),
        Req("newcomer_rent_share", Share("Share of foreign and newly arrived persons who rent.")),
        Req("vacancy_rate", Share("Vacant share of the rental stock at the start month.")),
        Req("m2_per_person", Series("Housing stock per person, m2 (BNS), from each month on.", Num("m2 per person.", 5, 80))),
        Req("stock_growth_per_year", Series("Growth of the housing stock per year, from each month on.", Num("Ratio per year.", -0.1, 0.3))),
        Req("rent_kzt_per_m2", Num("Monthly rent per m2 at the start month for regions without their own figure, KZT.", 100, 100_000)),
        Req("rent_kzt_per_m2_by_region", ByRegion("Monthly rent per m2 at the start month, KZT, where observed.", Num("KZT per m2.", 100, 100_000))),
        Req("demand_rent_elasticity", Num("Price elasticity of rental demand: demand scales with R^-elasticity (households share or leave when rents rise).", 0, 5)),
        Req("supply_adjustment_per_month", Num("Share of the gap between demanded and available rental stock closed each month (conversions, construction).", 0, 1)),
        Req("rent_drift_per_year", Num("Trend of rents independent of pressure (nominal), ratio per year.", -0.5, 1)));

    private static SchemaMap OutputsNode() => Map(
        "What a run writes besides region_month and flows.",
        Req("snapshot_years", List("Years whose December person microdata are written.", Int("Year.", 1900, 2200))),
        Req("events", Bool("Whether the event log (arrivals, moves, status changes, departures, births, deaths) is written.")),
        Req("event_log_capacity", Int("Events kept per region for person histories (oldest dropped first).", 0, 100_000_000)));

    internal static SchemaProperty Req(string key, SchemaNode node) => new(key, node, true);

    internal static SchemaProperty Opt(string key, SchemaNode node) => new(key, node, false);

    internal static SchemaMap Map(string description, params SchemaProperty[] properties) => new(description, properties);

    internal static SchemaNumber Num(string description, double min, double max) => new(description, min, max, false, false);

    internal static SchemaNumber Int(string description, double min, double max) => new(description, min, max, true, false);

    internal static SchemaNumber Share(string description) => new(description, 0, 1, false, false);

    internal static SchemaScalar Text(string description) => new(description, SchemaScalarKind.Text);

    internal static SchemaScalar Month(string description) => new(description, SchemaScalarKind.Month);

    internal static SchemaScalar Bool(string description) => new(description, SchemaScalarKind.Boolean);

    internal static SchemaScalar Path(string description) => new(description, SchemaScalarKind.Path);

    internal static SchemaList List(string description, SchemaNode item) => new(description, item);

    internal static SchemaKeyedMap Series(string description, SchemaNode value) => new(description, SchemaKeyKind.Month, value, false);

    internal static SchemaKeyedMap Dated(string description, SchemaMap value) => new(description, SchemaKeyKind.Month, value, true);

    internal static SchemaKeyedMap ByRegion(string description, SchemaNode value) => new(description, SchemaKeyKind.Region, value, false);

    internal static SchemaKeyedMap ByOrigin(string description, SchemaNode value) => new(description, SchemaKeyKind.Origin, value, false);

    internal static SchemaKeyedMap ByProfession(string description, SchemaNode value) => new(description, SchemaKeyKind.Profession, value, false);

    internal static SchemaKeyedMap SharesByRegion(string description) =>
        new(description, SchemaKeyKind.Region, Share("Share."), false, true);

    internal static SchemaKeyedMap SharesByOrigin(string description) =>
        new(description, SchemaKeyKind.Origin, Share("Share."), false, true);

    internal static SchemaKeyedMap SharesByProfession(string description) =>
        new(description, SchemaKeyKind.Profession, Share("Share."), false, true);

    internal static SchemaKeyedMap ByName(string description, SchemaNode value) => new(description, SchemaKeyKind.Name, value, false);
}
