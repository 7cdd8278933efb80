using Sim.Model.Population;
using Sim.Model.Processes;
using Sim.Model.Regions;
using Sim.Model.Scenarios;

namespace Sim.Model.Engine;

/// <summary>
/// Everything a run needs that does not change during it: the resolved scenario, the regions and their
/// distances, vital-rate paths, schedules, levers by month, and region-level share tables. Immutable; shared
/// by all regions of a run.
/// </summary>
public sealed class ModelContext
{
    private readonly PolicyLevers[] _levers;
    private readonly double[][] _borderAdmission;
    private readonly PolicyQuotas[] _quotas;

    private ModelContext(Scenario scenario)
    {
        Scenario = scenario;
        Regions = scenario.Tables.Regions.Regions;
        Distances = new DistanceMatrix(Regions);
        VitalRates = scenario.Tables.VitalRates;
        Tfr = Observed(y => y.Tfr).Overlay(scenario.Demography.Tfr);
        CrudeBirthRatePer1000 = BirthRatePath(scenario.Demography.CrudeBirthRatePer1000);
        CrudeDeathRatePer1000 = Observed(y => y.CrudeDeathRatePer1000).Overlay(scenario.Demography.CrudeDeathRatePer1000);
        Mortality = MortalitySchedule.Create(scenario.Demography);
        Fertility = FertilitySchedule.Create(scenario.Demography);
        AgeStructure = AgeStructure.Create(Mortality, scenario.Population.SexRatioAtBirth, scenario.Population.ChildShare0To14);
        _levers = Enumerable.Range(0, scenario.MonthCount).Select(m => scenario.Levers.At(scenario.Start.AddMonths(m))).ToArray();
        _borderAdmission = BorderQueue.AdmissionPath(scenario, LeversAt);
        StartPopulation = Regions.Select(r => r.PopulationAt(scenario.Start)).ToArray();
        var total = StartPopulation.Sum();
        PopulationShare = StartPopulation.Select(p => p / total).ToArray();
        UrbanShare = Regions.Select(r => r.UrbanShare ?? scenario.Population.NationalUrbanShare).ToArray();
        Attractiveness = ByRegion(scenario.Relocation.Attractiveness);
        KandasSettlement = Remainder(scenario.Tables.KandasSettlement);
        KandasArrivalsPerYear = scenario.Tables.KandasArrivals.Overlay(scenario.Arrivals.Kandas.ArrivalsPerYear);
        _quotas = Enumerable.Range(0, scenario.MonthCount).Select(m => QuotasOf(scenario.Start.AddMonths(m))).ToArray();
    }

    /// <summary>The resolved scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>The regions in index order.</summary>
    public IReadOnlyList<Region> Regions { get; }

    /// <summary>Number of regions.</summary>
    public int RegionCount => Regions.Count;

    /// <summary>Great-circle distances between region centres, km.</summary>
    public DistanceMatrix Distances { get; }

    /// <summary>Observed vital rates.</summary>
    public VitalRates VitalRates { get; }

    /// <summary>TFR path: observed years overlaid by the scenario's path.</summary>
    public MonthSeries Tfr { get; }

    /// <summary>
    /// Crude birth rate path, ‰: observed years, then the last observed rate times TFR_t / TFR of that year at each
    /// later point of the TFR path (assumption: the share of women of child-bearing age stays as in the last observed
    /// year) until the scenario's own path starts, which it overlays.
    /// </summary>
    public MonthSeries CrudeBirthRatePer1000 { get; }

    /// <summary>Crude death rate path, ‰: observed years overlaid by the scenario's path.</summary>
    public MonthSeries CrudeDeathRatePer1000 { get; }

    /// <summary>Mortality schedule (unscaled).</summary>
    public MortalitySchedule Mortality { get; }

    /// <summary>Fertility age pattern.</summary>
    public FertilitySchedule Fertility { get; }

    /// <summary>The starting age-sex pyramid.</summary>
    public AgeStructure AgeStructure { get; }

    /// <summary>First simulated month.</summary>
    public YearMonth Start => Scenario.Start;

    /// <summary>Last simulated month.</summary>
    public YearMonth End => Scenario.End;

    /// <summary>Number of months.</summary>
    public int MonthCount => Scenario.MonthCount;

    /// <summary>The run's root seed.</summary>
    public ulong Seed => Scenario.Seed;

    /// <summary>Agents per person.</summary>
    public double Scale => Scenario.Population.Scale;

    /// <summary>Persons per agent (1/scale).</summary>
    public double Weight => 1.0 / Scenario.Population.Scale;

    /// <summary>Population on the first day of the start month by region, persons.</summary>
    public IReadOnlyList<double> StartPopulation { get; }

    /// <summary>Share of the national start population by region.</summary>
    public IReadOnlyList<double> PopulationShare { get; }

    /// <summary>Urban share by region (national share where not observed).</summary>
    public IReadOnlyList<double> UrbanShare { get; }

    /// <summary>Relocation attractiveness constant A_j by region (0 where the scenario lists none).</summary>
    public IReadOnlyList<double> Attractiveness { get; }

    /// <summary>Kandas settlement share by region (observed shares, the rest spread by population).</summary>
    public IReadOnlyList<double> KandasSettlement { get; }

    /// <summary>Kandas arrivals a year: the observed years of the kandas table overlaid by the scenario's series.</summary>
    public MonthSeries KandasArrivalsPerYear { get; }

    /// <summary>Creates the context of a run from the scenario and the tables it carries (reads no files).</summary>
    public static ModelContext Create(Scenario scenario) => new(scenario);

    /// <summary>The levers in force in <paramref name="month"/>.</summary>
    public PolicyLevers LeversAt(YearMonth month) => _levers[Math.Clamp(month.MonthsSince(Start), 0, _levers.Length - 1)];

    /// <summary>The quotas in force in <paramref name="month"/> (enacted figures times the levers' multipliers).</summary>
    public PolicyQuotas QuotasAt(YearMonth month) => _quotas[Math.Clamp(month.MonthsSince(Start), 0, _quotas.Length - 1)];

    /// <summary>
    /// Share of the persons of <paramref name="origin"/> waiting at the border (this month's demand plus the backlog)
    /// admitted in <paramref name="month"/>, from the scenario's expected inflows (<see cref="BorderQueue"/>).
    /// </summary>
    /// <param name="month">The month.</param>
    /// <param name="origin">The arrivals' citizenship.</param>
    /// <returns>A share in [0, 1].</returns>
    public double BorderAdmission(YearMonth month, Citizenship origin) =>
        _borderAdmission[Math.Clamp(month.MonthsSince(Start), 0, _borderAdmission.Length - 1)][(int)origin];

    /// <summary>Region index of a code; throws for an unknown code.</summary>
    public int RegionIndex(string code)
    {
        for (var i = 0; i < Regions.Count; i++)
        {
            if (Regions[i].Code == code)
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"unknown region code '{code}'");
    }

    /// <summary>Region shares by index from a code map (missing regions get 0).</summary>
    public double[] ByRegion(IReadOnlyDictionary<string, double> shares)
    {
        var result = new double[RegionCount];
        foreach (var (code, share) in shares)
        {
            result[RegionIndex(code)] = share;
        }

        return result;
    }

    private PolicyQuotas QuotasOf(YearMonth month)
    {
        var levers = LeversAt(month);
        var table = Scenario.Tables.Quotas;
        var year = month.Year;
        var listed = Scenario.Tables.RelocationRegions.Where(r => r.Since <= year).ToList();
        var origins = Regions.Select(r => listed.Any(l => l.Code == r.Code && l.Role == RelocationRole.Surplus)).ToArray();
        var destinations = new double[RegionCount];
        var shortage = listed.Where(l => l.Role == RelocationRole.Shortage).Select(l => RegionIndex(l.Code)).Distinct().ToList();
        var (regional, nationalThen) = table.Regional(QuotaKind.RelocationQuota, year);
        var withOwn = shortage.Where(i => regional.ContainsKey(Regions[i].Code)).ToList();
        var others = shortage.Except(withOwn).ToList();
        var rest = withOwn.Count == 0 ? 1.0 : Math.Max(0, nationalThen - withOwn.Sum(i => regional[Regions[i].Code]));
        foreach (var i in withOwn)
        {
            destinations[i] = regional[Regions[i].Code];
        }

        foreach (var i in others)
        {
            destinations[i] = rest / others.Count;
        }

        var permits = new double[RegionCount];
        var (employer, _) = table.Regional(QuotaKind.EmployerPermitShare, year);
        var (household, _) = table.Regional(QuotaKind.HouseholdPermitShare, year);
        var employerNational = table.National(QuotaKind.EmployerPermitShare, year);
        var householdNational = table.National(QuotaKind.HouseholdPermitShare, year);
        for (var i = 0; i < RegionCount; i++)
        {
            var code = Regions[i].Code;
            permits[i] = levers.WorkPermits.ByRegion.TryGetValue(code, out var own)
                ? own
                : (employer.GetValueOrDefault(code, employerNational) + household.GetValueOrDefault(code, householdNational)) * levers.WorkPermits.QuotaMultiplier;
        }

        return new PolicyQuotas(
            table.National(QuotaKind.RelocationQuota, year) * levers.RelocationProgramme.QuotaMultiplier,
            origins,
            destinations,
            table.National(QuotaKind.KandasQuota, year) * levers.Kandas.QuotaMultiplier,
            permits);
    }

    private MonthSeries BirthRatePath(MonthSeries scenario)
    {
        var observed = Observed(y => y.CrudeBirthRatePer1000);
        var last = VitalRates.Years.Where(y => y.CrudeBirthRatePer1000.HasValue).MaxBy(y => y.Year);
        var lastMonth = last is null ? default : new YearMonth(last.Year, 1);
        var tfrThen = last is null ? 0 : Tfr.At(lastMonth);
        if (last is null || tfrThen <= 0)
        {
            return observed.Overlay(scenario);
        }

        var rate = last.CrudeBirthRatePer1000!.Value;
        var scenarioStart = scenario.IsEmpty ? (YearMonth?)null : scenario.Points[0].Key;
        var followingTfr = Tfr.Points.Where(p => p.Key > lastMonth && (scenarioStart is null || p.Key < scenarioStart))
            .Select(p => new KeyValuePair<YearMonth, double>(p.Key, rate * p.Value / tfrThen));
        return observed.Overlay(new MonthSeries(followingTfr)).Overlay(scenario);
    }

    private MonthSeries Observed(Func<VitalRateYear, double?> value) =>
        new(VitalRates.Years.Where(y => value(y).HasValue)
            .Select(y => new KeyValuePair<YearMonth, double>(new YearMonth(y.Year, 1), value(y)!.Value)));

    private double[] Remainder(IReadOnlyDictionary<string, double> observed)
    {
        var shares = ByRegion(observed);
        var rest = Math.Max(0, 1 - shares.Sum());
        var otherPopulation = Enumerable.Range(0, RegionCount).Where(i => !observed.ContainsKey(Regions[i].Code)).Sum(i => StartPopulation[i]);
        for (var i = 0; i < RegionCount; i++)
        {
            if (!observed.ContainsKey(Regions[i].Code) && otherPopulation > 0)
            {
                shares[i] = rest * StartPopulation[i] / otherPopulation;
            }
        }

        return shares;
    }
}
