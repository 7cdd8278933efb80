using Sim.Model.Scenarios;

namespace Sim.Host.Commands.Levers;

/// <summary>One lever: its scenario key, its source, how to read its timeline and the region_month counters it moves.</summary>
/// <param name="Key">The lever's key under <c>levers:</c>.</param>
/// <param name="Source">The decree or sourced figure it stands for.</param>
/// <param name="Changes">Its effective months and values in a scenario.</param>
/// <param name="Indicators">region_month counters (persons) it produces, summed over regions.</param>
/// <param name="Enacted">The enacted figures it scales, from the run's data files (null when it scales none).</param>
/// <param name="Quota">The largest quota a year it sets while enabled (null when it sets none: then the persons it produced stand for it).</param>
internal sealed record LeverInfo(
    string Key,
    string Source,
    Func<PolicyLeverSchedule, IEnumerable<KeyValuePair<Model.YearMonth, object>>> Changes,
    IReadOnlyList<string> Indicators,
    Func<ScenarioTables, string>? Enacted = null,
    Func<PolicyLeverSchedule, double>? Quota = null);
