namespace Sim.Calibration.Observed;

/// <summary>The estimated number of moves between regions in a calendar year, as a range (<c>internal_moves.csv</c>).</summary>
/// <param name="Year">Calendar year.</param>
/// <param name="Low">Lower end of the estimate, persons.</param>
/// <param name="High">Upper end of the estimate, persons.</param>
/// <param name="Source">Where the estimate comes from.</param>
public sealed record InternalMovesObservation(int Year, long Low, long High, string Source)
{
    /// <summary>The middle of the range.</summary>
    public double Middle => (Low + High) / 2.0;
}
