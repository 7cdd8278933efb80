using FsCheck;
using FsCheck.Fluent;
using Sim.Model.Random;

namespace Sim.Model.Tests.Random;

public sealed class RandomStreamTests
{
    [Fact]
    public void Same_coordinates_give_the_same_draws_and_other_coordinates_differ()
    {
        var a = RandomStream.Create(42, 3, 24300, RandomProcess.Deaths);
        var b = RandomStream.Create(42, 3, 24300, RandomProcess.Deaths);
        var first = Enumerable.Range(0, 100).Select(_ => a.NextUInt64()).ToArray();
        Assert.Equal(first, Enumerable.Range(0, 100).Select(_ => b.NextUInt64()).ToArray());
        var keys = new HashSet<ulong>
        {
            StreamKey.For(42, 3, 24300, RandomProcess.Deaths),
            StreamKey.For(43, 3, 24300, RandomProcess.Deaths),
            StreamKey.For(42, 4, 24300, RandomProcess.Deaths),
            StreamKey.For(42, 3, 24301, RandomProcess.Deaths),
            StreamKey.For(42, 3, 24300, RandomProcess.Births),
            StreamKey.For(42, 3, 24300, RandomProcess.Deaths, 1),
        };
        Assert.Equal(6, keys.Count);
        Assert.Equal(100UL, a.Position);
    }

    [Fact]
    public void Uniform_doubles_pass_a_chi_square_test()
    {
        var rng = RandomStream.Create(1, 0, 0, RandomProcess.Synthesis);
        const int n = 200_000;
        var bins = new int[20];
        for (var i = 0; i < n; i++)
        {
            var u = rng.NextDouble();
            Assert.InRange(u, 0, 1 - double.Epsilon);
            bins[(int)(u * bins.Length)]++;
        }

        var expected = n / (double)bins.Length;
        var chi2 = bins.Sum(b => (b - expected) * (b - expected) / expected);
        Assert.True(chi2 < 43.8, $"chi2 {chi2} (19 df, p = 0.001 critical value 43.8)"); // 19 df, p = 0.001
    }

    [Fact]
    public void Streams_of_neighbouring_keys_are_uncorrelated()
    {
        var a = RandomStream.Create(7, 0, 100, RandomProcess.Relocation);
        var b = RandomStream.Create(7, 1, 100, RandomProcess.Relocation);
        var c = RandomStream.Create(7, 0, 101, RandomProcess.Relocation);
        const int n = 100_000;
        double sab = 0, sac = 0, sa = 0, sb = 0, sc = 0, saa = 0;
        for (var i = 0; i < n; i++)
        {
            var x = a.NextDouble() - 0.5;
            var y = b.NextDouble() - 0.5;
            var z = c.NextDouble() - 0.5;
            sab += x * y;
            sac += x * z;
            sa += x;
            sb += y;
            sc += z;
            saa += x * x;
        }

        var variance = saa / n;
        Assert.InRange(sab / n / variance, -0.015, 0.015);
        Assert.InRange(sac / n / variance, -0.015, 0.015);
        Assert.InRange(sa / n, -0.005, 0.005);
    }

    [Theory]
    [InlineData(50, 0.1)]
    [InlineData(10_000, 0.3)]
    [InlineData(1_000, 0.85)]
    [InlineData(2_000_000, 0.0004)]
    public void Binomial_counts_have_the_right_mean_and_variance(int n, double p)
    {
        var rng = RandomStream.Create(11, n, 0, RandomProcess.Deaths);
        const int draws = 20_000;
        double sum = 0, sumSq = 0;
        for (var i = 0; i < draws; i++)
        {
            var k = Sampling.Binomial(ref rng, n, p);
            Assert.InRange(k, 0, n);
            sum += k;
            sumSq += (double)k * k;
        }

        var mean = sum / draws;
        var variance = (sumSq / draws) - (mean * mean);
        var expectedVariance = n * p * (1 - p);
        Assert.InRange(mean, (n * p) - (5 * Math.Sqrt(expectedVariance / draws)), (n * p) + (5 * Math.Sqrt(expectedVariance / draws)));
        Assert.InRange(variance / expectedVariance, 0.93, 1.07);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(3)]
    [InlineData(29.5)]
    [InlineData(500)]
    public void Poisson_counts_have_the_right_mean_and_variance(double lambda)
    {
        var rng = RandomStream.Create(12, 0, (int)lambda, RandomProcess.Arrivals);
        const int draws = 20_000;
        double sum = 0, sumSq = 0;
        for (var i = 0; i < draws; i++)
        {
            var k = Sampling.Poisson(ref rng, lambda);
            Assert.True(k >= 0);
            sum += k;
            sumSq += (double)k * k;
        }

        var mean = sum / draws;
        var variance = (sumSq / draws) - (mean * mean);
        Assert.InRange(mean, lambda - (5 * Math.Sqrt(lambda / draws)), lambda + (5 * Math.Sqrt(lambda / draws)));
        Assert.InRange(variance / lambda, 0.93, 1.07);
    }

    [Theory]
    [InlineData(0.001)]
    [InlineData(0.05)]
    [InlineData(0.5)]
    public void Geometric_skips_select_each_index_with_probability_p(double p)
    {
        var rng = RandomStream.Create(13, 0, 0, RandomProcess.Emigration);
        const int n = 2_000_000;
        var logQ = Math.Log(1 - p);
        var selected = 0;
        var evenSelected = 0;
        for (var i = Sampling.GeometricSkip(ref rng, logQ); i < n; i += 1 + Sampling.GeometricSkip(ref rng, logQ))
        {
            selected++;
            evenSelected += i % 2 == 0 ? 1 : 0;
        }

        var sd = Math.Sqrt(n * p * (1 - p));
        Assert.InRange(selected, (n * p) - (5 * sd), (n * p) + (5 * sd));
        Assert.InRange(evenSelected / (double)selected, 0.48, 0.52);
        Assert.Equal(int.MaxValue, Sampling.GeometricSkip(ref rng, 0));
    }

    [Fact]
    public void Bounded_integers_stay_in_range_and_cover_it()
    {
        Prop.ForAll(Gen.Choose(1, 1000).ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (n, seed) =>
        {
            var rng = RandomStream.Create((ulong)seed, 0, 0, RandomProcess.Movers);
            var seen = new bool[n];
            for (var i = 0; i < n * 20; i++)
            {
                var k = rng.NextInt(n);
                if (k < 0 || k >= n)
                {
                    return false;
                }

                seen[k] = true;
            }

            return n > 50 || seen.All(x => x);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Binomial_is_always_within_zero_and_n()
    {
        Prop.ForAll(Gen.Choose(0, 100_000).ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (n, permille, seed) =>
        {
            var rng = RandomStream.Create((ulong)seed, 1, 2, RandomProcess.LabourMarket);
            var k = Sampling.Binomial(ref rng, n, permille / 1000.0);
            return k >= 0 && k <= n && (permille != 0 || k == 0) && (permille != 1000 || k == n);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Categorical_draws_follow_the_weights()
    {
        var rng = RandomStream.Create(5, 0, 0, RandomProcess.Relocation);
        Span<double> cumulative = stackalloc double[3];
        Sampling.Cumulate([1, 0, 3], cumulative);
        var counts = new int[3];
        for (var i = 0; i < 40_000; i++)
        {
            counts[Sampling.Categorical(ref rng, cumulative)]++;
        }

        Assert.Equal(0, counts[1]);
        Assert.InRange(counts[0] / 40_000.0, 0.24, 0.26);
    }
}
