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
public sealed record Scenario(
    string Name,
    string? Description,
    string SourcePath,
    YearMonth Start,
    YearMonth End,
    ulong Seed,
    PopulationParameters Population,
    DemographyParameters Demography,
    ArrivalParameters Arrivals,
    DepartureParameters Departure,
    LegalStatusParameters LegalStatus,
    LabourParameters Labour,
    HousingParameters Housing,
    RelocationParameters Relocation,
    EmigrationParameters Emigration,
    PolicyLeverSchedule Levers,
    OutputParameters Outputs,
    ScenarioTables Tables)
{
    /// <summary>The merged key tree the scenario was bound from (the loader's, for the resolved YAML).</summary>
    internal object? Tree { get; init; }

    /// <summary>Number of simulated months, start and end inclusive.</summary>
    public int MonthCount => End.MonthsSince(Start) + 1;

    /// <summary>This scenario with another seed (the command line's <c>--seed</c>).</summary>
    public Scenario WithSeed(ulong seed) => this with { Seed = seed };

    /// <summary>This scenario with another population scale.</summary>
    public Scenario WithScale(double scale)
    {
        if (scale is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "scale must be in (0, 1]");
        }

        return this with { Population = Population with { Scale = scale } };
    }
}
