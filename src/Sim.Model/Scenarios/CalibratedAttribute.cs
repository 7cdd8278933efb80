namespace Sim.Model.Scenarios;

/// <summary>
/// Marks a numeric parameter the calibration fits (<c>sim calibrate</c>), with the bounds of its search; the
/// calibration's default parameter list is every parameter so marked.
/// </summary>
/// <param name="lower">Smallest value searched (inside the parameter's range).</param>
/// <param name="upper">Largest value searched.</param>
/// <param name="moves">What the parameter moves, for the progress output and the calibrated file's header.</param>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class CalibratedAttribute(double lower, double upper, string moves) : Attribute
{
    /// <summary>Smallest value searched.</summary>
    public double Lower { get; } = lower;

    /// <summary>Largest value searched.</summary>
    public double Upper { get; } = upper;

    /// <summary>What the parameter moves.</summary>
    public string Moves { get; } = moves;
}
