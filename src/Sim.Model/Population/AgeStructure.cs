using Sim.Model.Processes;

namespace Sim.Model.Population;

/// <summary>
/// The starting age-sex pyramid: a stable population, c(x, s) ∝ σ_s · L_x(s) · e^{−r(x+½)}, where L_x are the
/// mortality schedule's person-years, σ_s the sex shares at birth, and the growth rate r is solved (bisection) so
/// the share aged 0–14 equals the scenario's observed share. Single years 0..110.
/// </summary>
public sealed class AgeStructure
{
    private readonly double[] _cumulative;

    private AgeStructure(MortalitySchedule mortality, double sexRatioAtBirth, double childShare)
    {
        double lo = -0.1, hi = 0.2;
        for (var iteration = 0; iteration < 200; iteration++)
        {
            var mid = 0.5 * (lo + hi);
            if (ChildShare(Weights(mortality, sexRatioAtBirth, mid)) < childShare)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        GrowthRate = 0.5 * (lo + hi);
        var w = Weights(mortality, sexRatioAtBirth, GrowthRate);
        var total = w.Sum();
        Shares = w.Select(v => v / total).ToArray();
        _cumulative = new double[Shares.Count];
        var running = 0.0;
        for (var i = 0; i < Shares.Count; i++)
        {
            running += Shares[i];
            _cumulative[i] = running;
        }
    }

    /// <summary>Number of single-year ages (0..110).</summary>
    public static int Ages => MortalitySchedule.MaxAge + 1;

    /// <summary>The fitted stable growth rate r, per year.</summary>
    public double GrowthRate { get; }

    /// <summary>Shares by cell <c>sex * Ages + age</c>; they sum to 1.</summary>
    public IReadOnlyList<double> Shares { get; }

    /// <summary>Cumulative shares by cell, for sampling.</summary>
    public ReadOnlySpan<double> Cumulative => _cumulative;

    /// <summary>Fits the pyramid.</summary>
    public static AgeStructure Create(MortalitySchedule mortality, double sexRatioAtBirth, double childShare0To14) =>
        new(mortality, sexRatioAtBirth, childShare0To14);

    /// <summary>Share of persons aged <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    public double ShareOfAges(int from, int to)
    {
        var sum = 0.0;
        for (var s = 0; s < 2; s++)
        {
            for (var x = from; x <= Math.Min(to, Ages - 1); x++)
            {
                sum += Shares[(s * Ages) + x];
            }
        }

        return sum;
    }

    private static double[] Weights(MortalitySchedule mortality, double srb, double r)
    {
        var w = new double[2 * Ages];
        var male = srb / (1 + srb);
        for (var s = 0; s < 2; s++)
        {
            var l = mortality.PersonYears((Sex)s);
            var share = s == 0 ? male : 1 - male;
            for (var x = 0; x < Ages; x++)
            {
                w[(s * Ages) + x] = share * l[x] * Math.Exp(-r * (x + 0.5));
            }
        }

        return w;
    }

    private static double ChildShare(double[] w)
    {
        var total = w.Sum();
        var child = 0.0;
        for (var s = 0; s < 2; s++)
        {
            for (var x = 0; x < 15; x++)
            {
                child += w[(s * Ages) + x];
            }
        }

        return child / total;
    }
}
