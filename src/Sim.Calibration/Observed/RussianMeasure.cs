namespace Sim.Calibration.Observed;

/// <summary>What a row of <c>russians.csv</c> counts.</summary>
public enum RussianMeasure
{
    /// <summary>Russian citizens who entered since the mobilisation announcement (cumulative).</summary>
    EnteredSinceShock,

    /// <summary>Russian citizens who left since the announcement (cumulative).</summary>
    ExitedSinceShock,

    /// <summary>Russian citizens who arrived after the announcement and are still in the country.</summary>
    Remaining,
}
