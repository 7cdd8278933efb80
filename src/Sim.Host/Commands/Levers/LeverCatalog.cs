using Sim.Model;
using Sim.Model.Scenarios;

namespace Sim.Host.Commands.Levers;

/// <summary>Every lever of the scenario's <c>levers:</c> section with its source and indicators (docs/levers.md).</summary>
internal static class LeverCatalog
{
    public static IReadOnlyList<LeverInfo> All { get; } =
    [
        new("in_demand_permit", "order of 20 Feb 2023 (21 professions, 10-year permit); quota an assumption vs 14.5k employer permits 2023", s => Of(s.InDemandPermit), ["permits_in_demand"],
            Quota: s => s.InDemandPermit.Changes.Max(c => c.Value.Enabled ? c.Value.QuotaPerYear : 0)),
        new("investor_visa", "10-year permit at $300,000 (enacted); count an assumption", s => Of(s.InvestorVisa), ["permits_investor"]),
        new("scientific_visa", "Decree No. 961 (30 Nov 2022): 500+ over 2023-2027 incl. 100 scientists", s => Of(s.ScientificVisa), ["permits_scientific"],
            Quota: s => s.ScientificVisa.Changes.Max(c => c.Value.Enabled ? c.Value.QuotaPerYear : 0)),
        new("refugee_status", "refugee status and non-expulsion (2023)", s => Of(s.Refugee), ["refugee_granted"]),
        new("work_permits", "foreign labour quotas, employer + household share of labour force by year (data/quotas.csv); no akimat quota sourced", s => Of(s.WorkPermits), ["permits_work"], EnactedFigures.WorkPermits),
        new("enforcement", "10,138 expelled Jan-Sep 2025, 5-year ban; 2,000+ employers fined; returns of deportees an assumption", s => Of(s.Enforcement), ["detected", "deported", "entry_bans", "deportee_returns", "employers_fined", "detected_ru", "detected_uz", "detected_kg", "detected_tj", "detected_cn", "detected_other"]),
        new("migrant_id_cards", "migrant ID cards at entry (2025); multiplier an assumption", s => Of(s.MigrantIdCards), ["detected"]),
        new("border_control", "automated control at 10 land checkpoints and airports (2024-25); RU capacity from the Sep 2022 surge's throughput (98k in 7 days), an assumption", s => Of(s.BorderControl), ["border_backlog_persons"]),
        new("relocation_programme", "relocation quotas 2022-2026 and places (data/quotas.csv), regions (data/relocation_regions.csv), uptake below quota", s => Of(s.RelocationProgramme), ["relocation_programme_moves"], EnactedFigures.Relocation),
        new("kandas", "kandas quotas 2022-2026 (data/quotas.csv); arrivals data/kandas.csv, settlement data/kandas_settlement.csv", s => Of(s.Kandas), ["kandas_arrivals"], EnactedFigures.Kandas),
    ];

    private static IEnumerable<KeyValuePair<YearMonth, object>> Of<T>(LeverTimeline<T> timeline)
        where T : class =>
        timeline.Changes.Select(c => new KeyValuePair<YearMonth, object>(c.Key, c.Value));
}
