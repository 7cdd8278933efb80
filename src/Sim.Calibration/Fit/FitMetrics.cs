namespace Sim.Calibration.Fit;

/// <summary>The fit statistics, as pure functions of simulated and observed values.</summary>
public static class FitMetrics
{
    /// <summary>
    /// Averaged relative difference: the mean over dates of Σ_regions |sim − obs| / Σ_regions obs. Each element
    /// of <paramref name="dates"/> holds one date's simulated and observed regional values, aligned by region.
    /// </summary>
    public static double Ard(IReadOnlyList<(IReadOnlyList<double> Simulated, IReadOnlyList<double> Observed)> dates)
    {
        if (dates.Count == 0)
        {
            throw new ArgumentException("ARD needs at least one date", nameof(dates));
        }

        var total = 0.0;
        foreach (var (sim, obs) in dates)
        {
            total += RelativeDifference(sim, obs);
        }

        return total / dates.Count;
    }

    /// <summary>Σ |sim − obs| / Σ obs over aligned values of one date.</summary>
    public static double RelativeDifference(IReadOnlyList<double> simulated, IReadOnlyList<double> observed)
    {
        if (simulated.Count != observed.Count || observed.Count == 0)
        {
            throw new ArgumentException($"simulated ({simulated.Count}) and observed ({observed.Count}) values must be aligned and non-empty");
        }

        double difference = 0, sum = 0;
        for (var i = 0; i < observed.Count; i++)
        {
            difference += Math.Abs(simulated[i] - observed[i]);
            sum += observed[i];
        }

        return sum > 0 ? difference / sum : throw new ArgumentException("observed values sum to zero", nameof(observed));
    }

    /// <summary>
    /// Number of positions where the simulated value has the observed sign (+1 or −1). A simulated zero
    /// agrees with neither sign.
    /// </summary>
    public static int SignAgreement(IReadOnlyList<double> simulated, IReadOnlyList<int> observedSigns)
    {
        if (simulated.Count != observedSigns.Count)
        {
            throw new ArgumentException("simulated values and observed signs must be aligned");
        }

        var agree = 0;
        for (var i = 0; i < simulated.Count; i++)
        {
            if (observedSigns[i] is not (1 or -1))
            {
                throw new ArgumentException($"observed sign {observedSigns[i]} at {i} must be +1 or -1", nameof(observedSigns));
            }

            if (Math.Sign(simulated[i]) == observedSigns[i])
            {
                agree++;
            }
        }

        return agree;
    }

    /// <summary>(sim − obs) / obs.</summary>
    public static double RelativeError(double simulated, double observed) =>
        observed != 0 ? (simulated - observed) / observed : throw new ArgumentException("observed value is zero", nameof(observed));
}
