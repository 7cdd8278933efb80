using MathNet.Numerics;

namespace Sim.Model.Random;

/// <summary>
/// Discrete and continuous samplers on a <see cref="RandomStream"/>. Binomial and Poisson counts use
/// inversion for small means and Hörmann's transformed rejection (BTRS, PTRS) for large ones, so a count
/// costs O(1) draws however many persons it covers.
/// </summary>
public static class Sampling
{
    private const double InversionLimit = 30.0;

    /// <summary>A Binomial(n, p) count.</summary>
    public static int Binomial(ref RandomStream rng, int n, double p)
    {
        if (n <= 0 || p <= 0)
        {
            return 0;
        }

        if (p >= 1)
        {
            return n;
        }

        if (p > 0.5)
        {
            return n - Binomial(ref rng, n, 1 - p);
        }

        return n * p < InversionLimit ? BinomialInversion(ref rng, n, p) : BinomialBtrs(ref rng, n, p);
    }

    /// <summary>A Poisson(λ) count.</summary>
    public static int Poisson(ref RandomStream rng, double lambda)
    {
        if (lambda <= 0)
        {
            return 0;
        }

        return lambda < InversionLimit ? PoissonInversion(ref rng, lambda) : PoissonPtrs(ref rng, lambda);
    }

    /// <summary>
    /// The number of failures before the first success of Bernoulli(p) trials, given
    /// <paramref name="logOneMinusP"/> = ln(1 − p): the skip to the next selected index.
    /// Returns <see cref="int.MaxValue"/> when p is zero.
    /// </summary>
    public static int GeometricSkip(ref RandomStream rng, double logOneMinusP)
    {
        if (logOneMinusP >= 0)
        {
            return int.MaxValue;
        }

        if (double.IsNegativeInfinity(logOneMinusP))
        {
            return 0;
        }

        var skip = Math.Floor(Math.Log(rng.NextDoubleOpenZero()) / logOneMinusP);
        return skip >= int.MaxValue ? int.MaxValue : (int)skip;
    }

    /// <summary>
    /// The index selected after <paramref name="index"/> when each index is selected with probability p and
    /// <paramref name="logOneMinusP"/> = ln(1 − p) (saturating at <see cref="int.MaxValue"/>). Start a scan with
    /// <see cref="GeometricSkip"/>, then step with this.
    /// </summary>
    public static int NextSelected(ref RandomStream rng, int index, double logOneMinusP)
    {
        var skip = GeometricSkip(ref rng, logOneMinusP);
        return skip >= int.MaxValue - index - 1 ? int.MaxValue : index + 1 + skip;
    }

    /// <summary>A standard normal draw (Box–Muller, one of the pair).</summary>
    public static double StandardNormal(ref RandomStream rng)
    {
        var u1 = rng.NextDoubleOpenZero();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>An index drawn with the probabilities of a cumulative distribution (last entry ≈ 1).</summary>
    public static int Categorical(ref RandomStream rng, ReadOnlySpan<double> cumulative)
    {
        var u = rng.NextDouble() * cumulative[^1];
        for (var i = 0; i < cumulative.Length - 1; i++)
        {
            if (u < cumulative[i])
            {
                return i;
            }
        }

        return cumulative.Length - 1;
    }

    /// <summary>Fills <paramref name="cumulative"/> with the running sums of <paramref name="weights"/>.</summary>
    public static void Cumulate(ReadOnlySpan<double> weights, Span<double> cumulative)
    {
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += Math.Max(0, weights[i]);
            cumulative[i] = sum;
        }
    }

    private static int BinomialInversion(ref RandomStream rng, int n, double p)
    {
        var q = 1 - p;
        var s = p / q;
        var a = (n + 1) * s;
        var r = Math.Pow(q, n);
        var u = rng.NextDouble();
        var x = 0;
        while (u > r)
        {
            u -= r;
            x++;
            if (x > n)
            {
                // Round-off left u above the total mass: restart rather than return an impossible count.
                u = rng.NextDouble();
                x = 0;
                r = Math.Pow(q, n);
                continue;
            }

            r *= (a / x) - s;
        }

        return x;
    }

    private static int BinomialBtrs(ref RandomStream rng, int n, double p)
    {
        var q = 1 - p;
        var spq = Math.Sqrt(n * p * q);
        var b = 1.15 + (2.53 * spq);
        var a = -0.0873 + (0.0248 * b) + (0.01 * p);
        var c = (n * p) + 0.5;
        var vr = 0.92 - (4.2 / b);
        var alpha = (2.83 + (5.1 / b)) * spq;
        var lpq = Math.Log(p / q);
        var m = Math.Floor((n + 1) * p);
        var h = SpecialFunctions.GammaLn(m + 1) + SpecialFunctions.GammaLn(n - m + 1);
        while (true)
        {
            var u = rng.NextDouble() - 0.5;
            var v = rng.NextDouble();
            var us = 0.5 - Math.Abs(u);
            var k = Math.Floor((((2 * a) / us) + b) * u + c);
            if (k < 0 || k > n)
            {
                continue;
            }

            if (us >= 0.07 && v <= vr)
            {
                return (int)k;
            }

            v = Math.Log(v * alpha / ((a / (us * us)) + b));
            if (v <= h - SpecialFunctions.GammaLn(k + 1) - SpecialFunctions.GammaLn(n - k + 1) + ((k - m) * lpq))
            {
                return (int)k;
            }
        }
    }

    private static int PoissonInversion(ref RandomStream rng, double lambda)
    {
        var p = Math.Exp(-lambda);
        var cumulative = p;
        var u = rng.NextDouble();
        var x = 0;
        while (u > cumulative && x < 1000)
        {
            x++;
            p *= lambda / x;
            cumulative += p;
        }

        return x;
    }

    private static int PoissonPtrs(ref RandomStream rng, double lambda)
    {
        var slam = Math.Sqrt(lambda);
        var loglam = Math.Log(lambda);
        var b = 0.931 + (2.53 * slam);
        var a = -0.059 + (0.02483 * b);
        var invAlpha = 1.1239 + (1.1328 / (b - 3.4));
        var vr = 0.9277 - (3.6224 / (b - 2));
        while (true)
        {
            var u = rng.NextDouble() - 0.5;
            var v = rng.NextDouble();
            var us = 0.5 - Math.Abs(u);
            var k = Math.Floor((((2 * a) / us) + b) * u + lambda + 0.43);
            if (us >= 0.07 && v <= vr)
            {
                return (int)k;
            }

            if (k < 0 || (us < 0.013 && v > us))
            {
                continue;
            }

            if (Math.Log(v) + Math.Log(invAlpha) - Math.Log((a / (us * us)) + b)
                <= -lambda + (k * loglam) - SpecialFunctions.GammaLn(k + 1))
            {
                return (int)k;
            }
        }
    }
}
