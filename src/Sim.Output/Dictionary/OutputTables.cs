using Sim.Model.Engine;
using Sim.Parquet;

namespace Sim.Output.Dictionary;

/// <summary>
/// The data dictionary of a run's outputs: every table and column with its type, unit and description. The one
/// source of the Parquet schemas, of the dictionary stored in each file's key-value metadata and of
/// <c>docs/outputs.md</c>. The <c>region_month</c> indicators come from the model's own descriptors
/// (<see cref="IndicatorColumns"/>), so a new indicator reaches files and docs without an edit here.
/// </summary>
public static class OutputTables
{
    private const string Agents = "agents";

    /// <summary>Key columns of <c>region_month</c> the model describes but the outputs replace by a date and codes.</summary>
    private static readonly HashSet<string> ReplacedIndicatorKeys = ["year", "month", "region_index"];

    /// <summary><c>region_month</c>: one row per (month, region).</summary>
    public static OutputTable RegionMonth { get; } = new(
        "region_month",
        "region_month/part-RR.parquet (RR = region index)",
        "one row per (month, region)",
        "Stocks at the end of the month, flows during it, labour market, housing market and policy counters of each region. "
        + "Counts are agents: multiply by `weight` for persons. Per region and month, exactly: population_end = population_start + births - deaths + arrivals - departures + moves_in - moves_out.",
        [
            Scenario(),
            Seed(),
            Month("month", "The month (its first day)."),
            Code("region_code", "Region code (regions CSV), e.g. AST."),
            new OutputColumn("region_name", ParquetType.String, "name", "Region name."),
            .. IndicatorColumns.All.Where(c => !ReplacedIndicatorKeys.Contains(c.Name)).Select(FromIndicator),
        ]);

    /// <summary><c>flows</c>: one row per (month, origin, destination, mover group) with at least one mover.</summary>
    public static OutputTable Flows { get; } = new(
        "flows",
        "flows/part-RR.parquet (RR = origin region index)",
        "one row per (month, origin region, destination region, mover group) with movers",
        "Internal moves between regions. Summed over destinations and mover groups they give the origin's moves_out; over origins and groups, the destination's moves_in.",
        [
            Scenario(),
            Seed(),
            Month("month", "The month of the move (its first day)."),
            Code("origin_region_code", "Region moved from."),
            Code("destination_region_code", "Region moved to."),
            new OutputColumn("mover_group", ParquetType.String, "category", "Mover group: " + CategoryNames.List(CategoryNames.FlowGroup) + "."),
            new OutputColumn("movers", ParquetType.Int64, Agents, "Persons who moved (agents)."),
            Weight(),
        ]);

    /// <summary><c>persons</c>: person microdata snapshots.</summary>
    public static OutputTable Persons { get; } = new(
        "persons",
        "persons/year=YYYY/part-RR.parquet (RR = region index)",
        "one row per resident at the end of December of a snapshot year (scenario outputs.snapshot_years)",
        "Person microdata: every agent living in the region at the end of the snapshot year.",
        [
            Month("snapshot_month", "The month the snapshot describes (its first day)."),
            new OutputColumn("person_id", ParquetType.Int64, "id", "Person id, unique within a run (stable across moves)."),
            Code("region_code", "Region of residence."),
            Month("birth_month", "Month of birth (its first day)."),
            new OutputColumn("age_years", ParquetType.Int16, "years", "Age in completed years at the snapshot month."),
            new OutputColumn("sex", ParquetType.String, "category", "Sex: " + CategoryNames.List(CategoryNames.Sex) + "."),
            new OutputColumn("citizenship", ParquetType.String, "category", "Citizenship group: " + CategoryNames.List(CategoryNames.Citizenship) + "."),
            new OutputColumn("legal_status", ParquetType.String, "category", "Legal status: " + CategoryNames.List(CategoryNames.LegalStatus) + "."),
            new OutputColumn("profession", ParquetType.String, "category", "Profession group: " + CategoryNames.List(CategoryNames.Profession) + "."),
            new OutputColumn("activity", ParquetType.String, "category", "Activity: " + CategoryNames.List(CategoryNames.Activity) + "."),
            new OutputColumn("arrival_month", ParquetType.Date, "date", "Month of arrival from abroad (its first day); null for persons who never arrived.", Nullable: true),
            new OutputColumn("status_expiry_month", ParquetType.Date, "date", "Month the legal status (or transit stay) ends (its first day); null when it does not expire.", Nullable: true),
            Flag("kandas", "Ethnic Kazakh repatriate."),
            Flag("investor", "Holds wealth at or above the investor threshold."),
            Flag("relocation_participant", "Moved under the state relocation programme."),
            Flag("urban", "Lives in an urban settlement."),
            Flag("refugee_claimant", "Claims asylum when the visa-free stay ends."),
            Flag("migrant_id_card", "Was issued a migrant ID card at entry."),
            Weight(),
        ]);

    /// <summary><c>events</c>: the regions' event logs.</summary>
    public static OutputTable Events { get; } = new(
        "events",
        "events/part-RR.parquet (RR = region index)",
        "one row per logged event (written when the scenario sets outputs.events)",
        "Rare person events (births, deaths, arrivals, departures, moves, status changes) as logged by the regions, in log order. "
        + "The log keeps at most outputs.event_log_capacity events per region and month; older ones of a month may be overwritten.",
        [
            Month("month", "The month of the event (its first day)."),
            new OutputColumn("person_id", ParquetType.Int64, "id", "The person."),
            Code("region_code", "Region whose log holds the event (where the person lived then)."),
            new OutputColumn("kind", ParquetType.String, "category", "What happened: " + CategoryNames.List(CategoryNames.EventKind) + "."),
            new OutputColumn("detail", ParquetType.String, "category",
                "Kind-specific detail: the sex at birth, the legal status on arrival or after a status change, the departure reason ("
                + CategoryNames.List(CategoryNames.DepartureReason) + "); null otherwise.", Nullable: true),
            new OutputColumn("other_region_code", ParquetType.String, "code", "The other region of a move; null otherwise.", Nullable: true),
        ]);

    /// <summary>Every table, in documentation order.</summary>
    public static IReadOnlyList<OutputTable> All { get; } = [RegionMonth, Flows, Persons, Events];

    private static OutputColumn FromIndicator(IndicatorColumn column) => new(
        column.Name,
        column.Kind switch
        {
            IndicatorKind.Int32 => ParquetType.Int32,
            IndicatorKind.Int64 => ParquetType.Int64,
            _ => ParquetType.Double,
        },
        column.Unit,
        column.Description);

    private static OutputColumn Scenario() =>
        new("scenario", ParquetType.String, "name", "Scenario name (the same in every row of a run: lets runs be unioned and told apart).");

    private static OutputColumn Seed() =>
        new("seed", ParquetType.Int64, "seed", "Root seed of the run (the same in every row of a run).");

    private static OutputColumn Month(string name, string description) => new(name, ParquetType.Date, "date", description);

    private static OutputColumn Code(string name, string description) => new(name, ParquetType.String, "code", description);

    private static OutputColumn Flag(string name, string description) => new(name, ParquetType.Boolean, "flag", description);

    private static OutputColumn Weight() =>
        new("weight", ParquetType.Double, "persons/agent", "Persons each agent stands for (1/scale); multiply counts by it for persons.");
}
