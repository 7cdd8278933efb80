using Sim.Model.Processes;

namespace Sim.Model.Population;

/// <summary>
/// The starting age-sex pyramid: a stable population, c(x, s) ∝ σ_s · L_x(s) · e^{−r(x+½)}, where L_x are the
/// mortality schedule's person-years, σ_s the sex shares at birth, and the growth rate r is solved (bisection) so
/// the share aged 0–14 equals the scenario's observed share. Single years 0..110.
/// </summary>
public sealed class AgeStructure
{
    /// <summary>Buckets of the guide table (a power of two, so that <c>u * GuideBuckets</c> and its inverse are exact).</summary>
    private const int GuideBuckets = 1024;

    private readonly double[] _cumulative;

    /// <summary>For bucket b, the first cell whose cumulative share exceeds b / <see cref="GuideBuckets"/>.</summary>
    private readonly int[] _guide = new int[GuideBuckets];

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

        var cell = 0;
        for (var b = 0; b < GuideBuckets; b++)
        {
            while (cell < _cumulative.Length - 1 && _cumulative[cell] <= (double)b / GuideBuckets)
            {
                cell++;
            }

            _guide[b] = cell;
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

    /// <summary>
    /// The cell a uniform draw <paramref name="u"/> in [0, 1) falls in: the first whose cumulative share exceeds
    /// <paramref name="u"/> (the last cell when rounding left the total just below <paramref name="u"/>). The guide
    /// table starts the search at the first cell that can hold any draw of u's bucket, so the answer is the one a
    /// binary search over <see cref="Cumulative"/> gives, after a step or two instead of eight unpredictable branches
    /// (synthesis draws one per person).
    /// </summary>
    public int CellAt(double u)
    {
        var cell = _guide[Math.Clamp((int)(u * GuideBuckets), 0, GuideBuckets - 1)];
        var cumulative = _cumulative;
        while (cell < cumulative.Length - 1 && cumulative[cell] <= u)
        {
            cell++;
        }

        return cell;
    }

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
