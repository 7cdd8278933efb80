namespace Sim.Model.Scenarios;

/// <summary>
/// Border crossing capacity by the citizenship of the arrivals (each citizenship crosses at its own border and
/// airports); a citizenship not named is never held up.
/// </summary>
/// <param name="CapacityPerDay">Foreign arrivals the border admits a day, by citizenship, persons.</param>
[ParameterSection("Border control lever.")]
public sealed record BorderControlLever(
    [Parameter("capacity_per_day", "Arrivals of a citizenship the border admits a day (the excess waits, carried to the next month); a citizenship not named is not limited.", Keys = ParameterKeys.Origin, Min = 0, Max = 1e8, Unit = "persons a day")]
    IReadOnlyDictionary<string, double> CapacityPerDay)
{
    /// <summary>Equal when the capacity maps have the same entries (so a reloaded scenario equals its source).</summary>
    /// <param name="other">The lever to compare with.</param>
    /// <returns>Whether the two levers act the same.</returns>
    public bool Equals(BorderControlLever? other) =>
        other is not null
        && CapacityPerDay.Count == other.CapacityPerDay.Count
        && CapacityPerDay.All(e => other.CapacityPerDay.TryGetValue(e.Key, out var v) && v.Equals(e.Value));

    /// <inheritdoc/>
    public override int GetHashCode() => CapacityPerDay.Count;
}
