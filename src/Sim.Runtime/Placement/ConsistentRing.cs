namespace Sim.Runtime.Placement;

/// <summary>
/// An immutable consistent-hash ring: each silo occupies <c>virtualNodes</c> points at stable hashes of its address;
/// a grain belongs to the first point at or after its id's hash (wrapping). Adding a silo takes over only the arcs
/// just before its points, so about 1/N of the grains change owner.
/// </summary>
internal sealed class ConsistentRing
{
    private readonly uint[] _points;
    private readonly SiloAddress[] _owners;

    private ConsistentRing(uint[] points, SiloAddress[] owners, IReadOnlyList<SiloAddress> silos)
    {
        _points = points;
        _owners = owners;
        Silos = silos;
    }

    public static ConsistentRing Empty { get; } = new([], [], []);

    /// <summary>The silos on the ring, ordered by address.</summary>
    public IReadOnlyList<SiloAddress> Silos { get; }

    public static ConsistentRing Create(IEnumerable<SiloAddress> silos, int virtualNodes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(virtualNodes, 1);
        var members = silos.Distinct().OrderBy(s => s.ToString(), StringComparer.Ordinal).ToArray();
        var entries = new List<(uint Point, SiloAddress Silo)>(members.Length * virtualNodes);
        foreach (var silo in members)
        {
            var seed = silo.GetStableHash();
            for (var i = 0; i < virtualNodes; i++)
            {
                var h = StableHash.Combine(seed, StableHash.OfInt64(i));
                entries.Add(((uint)(h ^ (h >> 32)), silo));
            }
        }

        // Ties (astronomically rare) resolve by address so every process builds the same ring.
        entries.Sort((a, b) => a.Point != b.Point ? a.Point.CompareTo(b.Point) : string.CompareOrdinal(a.Silo.ToString(), b.Silo.ToString()));
        return new ConsistentRing(entries.Select(e => e.Point).ToArray(), entries.Select(e => e.Silo).ToArray(), members);
    }

    /// <summary>The silo owning <paramref name="hash"/>, or null when the ring is empty.</summary>
    public SiloAddress? Owner(uint hash)
    {
        if (_points.Length == 0)
        {
            return null;
        }

        var i = Array.BinarySearch(_points, hash);
        if (i < 0)
        {
            i = ~i;
        }

        return _owners[i == _points.Length ? 0 : i];
    }
}
