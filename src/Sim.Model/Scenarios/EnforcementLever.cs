namespace Sim.Model.Scenarios;

/// <summary>Enforcement against irregular stay.</summary>
/// <param name="DetectionRate">Monthly share of irregular persons detected.</param>
/// <param name="DeportationShare">Share of the detected who are deported.</param>
/// <param name="EntryBanYears">Entry ban after deportation, years.</param>
/// <param name="EmployerFineShare">Share of detected employed irregular persons whose employer is fined.</param>
/// <param name="DetectionMultiplierByCitizenship">Detection multiplier of particular citizenships (enforcement aimed at them); absent ones 1.</param>
[ParameterSection("Enforcement lever.")]
public sealed record EnforcementLever(
    [Parameter("detection_rate", "Monthly share of irregular persons detected.", Share = true, Unit = "per month")] double DetectionRate,
    [Parameter("deportation_share", "Share of the detected who are deported (with an entry ban).", Share = true)] double DeportationShare,
    [Parameter("entry_ban_years", "Entry ban after deportation.", Min = 0, Max = 99, Unit = "years")] int EntryBanYears,
    [Parameter("employer_fine_share", "Share of detected employed irregular persons whose employer is fined.", Share = true)] double EmployerFineShare,
    [Parameter("detection_multiplier_by_citizenship", "Detection multiplier of irregular persons of particular citizenships (enforcement aimed at them); a citizenship not named has 1.", Keys = ParameterKeys.Origin, Min = 0, Max = 100)] IReadOnlyDictionary<string, double> DetectionMultiplierByCitizenship)
{
    /// <summary>Equal when every value is, the citizenship map compared by its entries (so a reloaded scenario equals its source).</summary>
    /// <param name="other">The lever to compare with.</param>
    /// <returns>Whether the two levers act the same.</returns>
    public bool Equals(EnforcementLever? other) =>
        other is not null
        && DetectionRate.Equals(other.DetectionRate)
        && DeportationShare.Equals(other.DeportationShare)
        && EntryBanYears == other.EntryBanYears
        && EmployerFineShare.Equals(other.EmployerFineShare)
        && DetectionMultiplierByCitizenship.Count == other.DetectionMultiplierByCitizenship.Count
        && DetectionMultiplierByCitizenship.All(e => other.DetectionMultiplierByCitizenship.TryGetValue(e.Key, out var v) && v.Equals(e.Value));

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(DetectionRate, DeportationShare, EntryBanYears, EmployerFineShare, DetectionMultiplierByCitizenship.Count);
}
