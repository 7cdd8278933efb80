namespace Sim.Model.Scenarios;

/// <summary>A fully resolved, validated scenario: the <c>extends</c> chain merged, every parameter bound.</summary>
/// <param name="Name">Short name.</param>
/// <param name="Description">What it represents.</param>
/// <param name="SourcePath">The scenario file as given to the loader.</param>
/// <param name="Start">First simulated month.</param>
/// <param name="End">Last simulated month (inclusive).</param>
/// <param name="Seed">Root seed of every random stream.</param>
/// <param name="Population">Starting population.</param>
/// <param name="Demography">Births and deaths.</param>
/// <param name="Arrivals">Arrivals from abroad.</param>
/// <param name="Departure">Departures of foreign stayers.</param>
/// <param name="LegalStatus">Legal status transitions.</param>
/// <param name="Labour">Labour market.</param>
/// <param name="Housing">Housing market.</param>
/// <param name="Relocation">Internal relocation.</param>
/// <param name="Emigration">Emigration of citizens.</param>
/// <param name="Levers">Policy levers over time.</param>
/// <param name="Outputs">What a run writes.</param>
/// <param name="Tables">The base-data tables the scenario names, already read.</param>
[ParameterSection("A scenario of the Kazakhstan migration and demographic simulation.")]
public sealed record Scenario(
    [Parameter("name", "Short name of the scenario; used in run ids.")]
    string Name,
    [Parameter("description", "What the scenario represents.", Optional = true)]
    string? Description,
    string SourcePath,
    [Parameter("start", "First simulated month, YYYY-MM; the population is synthesised for its first day.")]
    YearMonth Start,
    [Parameter("end", "Last simulated month, YYYY-MM (inclusive).")]
    YearMonth End,
    [Parameter("seed", "Root seed of every random stream; the command line can override it.", Min = 0, Max = SeedRange.Max)]
    ulong Seed,
    [Parameter("population", "Starting population: base data and synthesis parameters.")]
    PopulationParameters Population,
    [Parameter("demography", "Births and deaths.")]
    DemographyParameters Demography,
    [Parameter("arrivals", "Arrivals from abroad.")]
    ArrivalParameters Arrivals,
    [Parameter("departure", "Departure of foreign stayers.")]
    DepartureParameters Departure,
    [Parameter("legal_status", "Legal status transitions when a stay or permit expires.")]
    LegalStatusParameters LegalStatus,
    [Parameter("labour", "Labour market per region and profession group.")]
    LabourParameters Labour,
    [Parameter("housing", "Rental housing market per region.")]
    HousingParameters Housing,
    [Parameter("relocation", "Internal relocation between regions.")]
    RelocationParameters Relocation,
    [Parameter("emigration", "Emigration of citizens.")]
    EmigrationParameters Emigration,
    [Parameter("levers", "Policy levers over time.")]
    PolicyLeverSchedule Levers,
    [Parameter("outputs", "What a run writes besides region_month and flows.")]
    OutputParameters Outputs,
    ScenarioTables Tables)
{
    /// <summary>Number of simulated months, start and end inclusive.</summary>
    public int MonthCount => End.MonthsSince(Start) + 1;

    /// <summary>This scenario with another seed (the command line's <c>--seed</c>).</summary>
    public Scenario WithSeed(ulong seed) => this with { Seed = seed };

    /// <summary>This scenario with another population scale.</summary>
    public Scenario WithScale(double scale)
    {
        if (!PopulationParameters.IsAllowedScale(scale))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "scale must be in (0, " + PopulationParameters.MaxScale + "]");
        }

        return this with { Population = Population with { Scale = scale } };
    }
}
