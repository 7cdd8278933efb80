using Sim.Runtime.Placement;

namespace Sim.Runtime.Tests.Placement;

public sealed class ConsistentRingTests
{
    private static readonly GrainId[] Grains = Enumerable.Range(0, 100_000).Select(i => GrainId.Create("region", $"run-1/{i}")).ToArray();

    private static SiloAddress Silo(int i) => new($"silo-{i}", 1000 + i);

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(8)]
    public void Grains_spread_evenly_over_the_silos(int silos)
    {
        var ring = ConsistentRing.Create(Enumerable.Range(0, silos).Select(Silo), 128);
        var counts = Grains.GroupBy(g => ring.Owner(g.GetUniformHashCode())).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(silos, counts.Count);
        var fair = Grains.Length / (double)silos;
        Assert.All(counts.Values, c => Assert.InRange(c, fair * 0.8, fair * 1.2));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public void Adding_a_silo_moves_about_one_nth_of_the_grains_and_only_to_the_new_silo(int before)
    {
        var old = ConsistentRing.Create(Enumerable.Range(0, before).Select(Silo), 128);
        var grown = ConsistentRing.Create(Enumerable.Range(0, before + 1).Select(Silo), 128);
        var moved = Grains.Where(g => !Equals(old.Owner(g.GetUniformHashCode()), grown.Owner(g.GetUniformHashCode()))).ToList();

        var expected = Grains.Length / (double)(before + 1);
        Assert.InRange(moved.Count, expected * 0.8, expected * 1.2);
        Assert.All(moved, g => Assert.Equal(Silo(before), grown.Owner(g.GetUniformHashCode())));
    }

    [Fact]
    public void Removing_a_silo_moves_only_its_grains()
    {
        var full = ConsistentRing.Create(Enumerable.Range(0, 4).Select(Silo), 128);
        var shrunk = ConsistentRing.Create(new[] { 0, 1, 3 }.Select(Silo), 128);
        foreach (var g in Grains)
        {
            var before = full.Owner(g.GetUniformHashCode());
            var after = shrunk.Owner(g.GetUniformHashCode());
            if (!Equals(before, Silo(2)))
            {
                Assert.Equal(before, after);
            }
            else
            {
                Assert.NotEqual(Silo(2), after);
            }
        }
    }

    [Fact]
    public void The_ring_does_not_depend_on_the_order_silos_are_given_in()
    {
        var a = ConsistentRing.Create([Silo(0), Silo(1), Silo(2)], 64);
        var b = ConsistentRing.Create([Silo(2), Silo(0), Silo(1), Silo(0)], 64);
        Assert.All(Grains.Take(5_000), g => Assert.Equal(a.Owner(g.GetUniformHashCode()), b.Owner(g.GetUniformHashCode())));
    }

    [Fact]
    public void Uniform_hash_codes_are_stable_across_processes()
    {
        // Hand-computed once; a change would re-place every grain of a running cluster.
        Assert.Equal(GrainId.Create("region", "run-1/0").GetUniformHashCode(), GrainId.Create("region", "run-1/0").GetUniformHashCode());
        Assert.NotEqual(GrainId.Create("region", 1).GetUniformHashCode(), GrainId.Create("region", "1").GetUniformHashCode());
        Assert.Equal(Known.RegionHash, GrainId.Create("region", "run-1/0").GetUniformHashCode());
    }

    [Fact]
    public void An_empty_ring_has_no_owner()
    {
        Assert.Null(ConsistentRing.Empty.Owner(123));
    }

    private static class Known
    {
        public static readonly uint RegionHash = ComputeIndependently("region", "run-1/0");

        // An independent implementation of the documented hash (FNV-1a 64 over UTF-16 code units, MurmurHash3 fmix64,
        // combined as in StableHash.Combine, folded to 32 bits).
        private static uint ComputeIndependently(string type, string key)
        {
            var h = Mix(Fnv(type));
            var k = Mix(Fnv(key));
            var c = Mix(h ^ (k + 0x9E3779B97F4A7C15UL + (h << 6) + (h >> 2)));
            return (uint)(c ^ (c >> 32));
        }

        private static ulong Fnv(string s)
        {
            var h = 14695981039346656037UL;
            foreach (var ch in s)
            {
                h = (h ^ (byte)ch) * 1099511628211UL;
                h = (h ^ (byte)(ch >> 8)) * 1099511628211UL;
            }

            return h;
        }

        private static ulong Mix(ulong h)
        {
            h ^= h >> 33;
            h *= 0xff51afd7ed558ccdUL;
            h ^= h >> 33;
            h *= 0xc4ceb9fe1a85ec53UL;
            h ^= h >> 33;
            return h;
        }
    }
}
