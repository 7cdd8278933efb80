namespace Sim.Model.Regions;

/// <summary>Great-circle distances between region centres, km (haversine on a 6371 km sphere).</summary>
public sealed class DistanceMatrix
{
    private const double EarthRadiusKm = 6371.0;
    private readonly double[] _km;

    /// <summary>Computes the matrix for the regions.</summary>
    public DistanceMatrix(IReadOnlyList<Region> regions)
    {
        Count = regions.Count;
        _km = new double[Count * Count];
        for (var i = 0; i < Count; i++)
        {
            for (var j = 0; j < Count; j++)
            {
                _km[(i * Count) + j] = GreatCircleKm(regions[i].Latitude, regions[i].Longitude, regions[j].Latitude, regions[j].Longitude);
            }
        }
    }

    /// <summary>Number of regions.</summary>
    public int Count { get; }

    /// <summary>Distance from region i to region j, km.</summary>
    public double this[int i, int j] => _km[(i * Count) + j];

    /// <summary>Haversine distance between two points given in degrees, km.</summary>
    public static double GreatCircleKm(double lat1, double lon1, double lat2, double lon2)
    {
        var p1 = lat1 * Math.PI / 180;
        var p2 = lat2 * Math.PI / 180;
        var dp = p2 - p1;
        var dl = (lon2 - lon1) * Math.PI / 180;
        var a = (Math.Sin(dp / 2) * Math.Sin(dp / 2)) + (Math.Cos(p1) * Math.Cos(p2) * Math.Sin(dl / 2) * Math.Sin(dl / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
