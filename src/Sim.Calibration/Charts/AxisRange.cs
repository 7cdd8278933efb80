namespace Sim.Calibration.Charts;

/// <summary>The data interval an axis spans and its tick positions.</summary>
/// <param name="Min">Value at the axis start.</param>
/// <param name="Max">Value at the axis end (greater than <paramref name="Min"/>).</param>
/// <param name="Ticks">Tick values inside [Min, Max].</param>
public sealed record AxisRange(double Min, double Max, IReadOnlyList<double> Ticks)
{
    /// <summary>
    /// A range covering [<paramref name="low"/>, <paramref name="high"/>] with about <paramref name="targetTicks"/>
    /// ticks on a 1-2-5 step; the ends are rounded out to whole steps. A degenerate interval is widened.
    /// </summary>
    public static AxisRange Nice(double low, double high, int targetTicks = 6)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high))
        {
            throw new ArgumentException("axis bounds must be finite");
        }

        if (high < low)
        {
            (low, high) = (high, low);
        }

        if (high - low < 1e-12 * Math.Max(1, Math.Abs(high)))
        {
            var pad = Math.Abs(high) > 0 ? Math.Abs(high) * 0.1 : 1;
            low -= pad;
            high += pad;
        }

        var step = NiceStep((high - low) / Math.Max(1, targetTicks - 1));
        var min = Math.Floor((low / step) + 1e-9) * step;
        var max = Math.Ceiling((high / step) - 1e-9) * step;
        var ticks = new List<double>();
        for (var t = min; t <= max + (step * 1e-6); t += step)
        {
            ticks.Add(Math.Round(t / step) * step);
        }

        return new AxisRange(min, max, ticks);
    }

    private static double NiceStep(double raw)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / magnitude;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
