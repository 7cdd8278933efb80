using System.Text;
using MathNet.Numerics.Distributions;
using Sim.Model.Random;
using Sim.Model.Scenarios;
using Sim.Scenarios;

namespace Sim.Calibration.Uncertainty;

/// <summary>
/// Parameter values of ensemble members drawn from the calibration's uncertainty. Each parameter of a member is a
/// normal draw around the scenario's value with the stored standard error, truncated to the stored bounds (by the
/// inverse CDF of a uniform draw between the bounds' CDF values). The uniform comes from a counter-based
/// <see cref="RandomStream"/> keyed by (ensemble seed, member index, parameter key), so a member's values depend on
/// nothing else: not on the other members, the order they run in, the silo count, or which other parameters are drawn.
/// </summary>
public static class ParameterDraws
{
    private const ulong Domain = 0xD4A3_5EED_0E45_0B1EUL;

    /// <summary>
    /// The distributions of an ensemble of <paramref name="scenario"/>: every parameter in <paramref name="stored"/>
    /// (the calibrated file's sidecar, or none) and every other calibrated parameter with the fallback standard error
    /// on its calibration bounds, centred on the scenario's value, in declaration order. A parameter the scenario sets
    /// outside its bounds is a deliberate choice of that scenario, not a calibrated value, and is not drawn.
    /// </summary>
    public static IReadOnlyList<ParameterUncertainty> Distributions(Scenario scenario, IReadOnlyList<ParameterUncertainty> stored)
    {
        var byKey = stored.ToDictionary(s => s.Key, StringComparer.Ordinal);
        var result = new List<ParameterUncertainty>();
        foreach (var parameter in ScenarioParameters.All)
        {
            var centre = byKey.ContainsKey(parameter.KeyPath) || parameter.Calibrated is not null ? ScenarioParameters.Read(scenario, parameter.KeyPath) : double.NaN;
            var distribution = byKey.TryGetValue(parameter.KeyPath, out var s)
                ? s with { Value = centre }
                : parameter.Calibrated is { } bounds
                    ? ParameterUncertainty.WithFallback(parameter.KeyPath, centre, bounds.Lower, bounds.Upper)
                    : null;
            if (distribution is not null && centre >= distribution.Lower && centre <= distribution.Upper)
            {
                result.Add(distribution);
            }
        }

        return result;
    }

    /// <summary>The values of member <paramref name="member"/> (0-based) of the ensemble with seed <paramref name="ensembleSeed"/>, in the order of <paramref name="distributions"/>.</summary>
    public static IReadOnlyList<KeyValuePair<string, double>> Draw(IReadOnlyList<ParameterUncertainty> distributions, ulong ensembleSeed, int member) =>
        [.. distributions.Select(d => new KeyValuePair<string, double>(d.Key, Draw(d, ensembleSeed, member)))];

    /// <summary>One parameter's value for one member.</summary>
    public static double Draw(ParameterUncertainty distribution, ulong ensembleSeed, int member)
    {
        var stream = new RandomStream(Key(ensembleSeed, member, distribution.Key));
        return TruncatedNormal(distribution, stream.NextDoubleOpenZero());
    }

    /// <summary>The value of the truncated normal at uniform <paramref name="u"/> in (0, 1].</summary>
    public static double TruncatedNormal(ParameterUncertainty d, double u)
    {
        var below = Normal.CDF(d.Value, d.StandardError, d.Lower);
        var above = Normal.CDF(d.Value, d.StandardError, d.Upper);
        var x = Normal.InvCDF(d.Value, d.StandardError, below + (u * (above - below)));
        return Math.Clamp(double.IsFinite(x) ? x : d.Value, d.Lower, d.Upper);
    }

    /// <summary>The stream key of (ensemble seed, member, parameter): SplitMix64 over the seed, the index and the key's FNV-1a hash.</summary>
    private static ulong Key(ulong ensembleSeed, int member, string parameter)
    {
        var hash = 0xCBF2_9CE4_8422_2325UL;
        foreach (var b in Encoding.UTF8.GetBytes(parameter))
        {
            hash = (hash ^ b) * 0x0000_0100_0000_01B3UL;
        }

        var key = StreamKey.Mix64(ensembleSeed ^ Domain);
        key = StreamKey.Mix64(key + ((ulong)(uint)member * StreamKey.Golden) + 0x1000_0000_0001UL);
        return StreamKey.Mix64(key + hash);
    }
}
