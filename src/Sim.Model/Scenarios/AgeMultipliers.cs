namespace Sim.Model.Scenarios;

/// <summary>Propensity to consider a move by age band, relative (<c>relocation.age_multiplier</c>).</summary>
/// <param name="Age0To17">Ages 0–17.</param>
/// <param name="Age18To34">Ages 18–34.</param>
/// <param name="Age35To59">Ages 35–59.</param>
/// <param name="Age60Plus">Ages 60 and over.</param>
[ParameterSection("Propensity to consider a move by age, relative.")]
public sealed record AgeMultipliers(
    [Parameter("age_0_17", "Ages 0-17.", Min = 0, Max = 10)] double Age0To17,
    [Parameter("age_18_34", "Ages 18-34.", Min = 0, Max = 10)] double Age18To34,
    [Parameter("age_35_59", "Ages 35-59.", Min = 0, Max = 10)] double Age35To59,
    [Parameter("age_60_plus", "Ages 60 and over.", Min = 0, Max = 10)] double Age60Plus)
{
    /// <summary>The multiplier of an age band: 0 = 0–17, 1 = 18–34, 2 = 35–59, 3 = 60+.</summary>
    public double this[int band] => band switch
    {
        0 => Age0To17,
        1 => Age18To34,
        2 => Age35To59,
        3 => Age60Plus,
        _ => throw new ArgumentOutOfRangeException(nameof(band), band, "age bands are 0..3"),
    };
}
