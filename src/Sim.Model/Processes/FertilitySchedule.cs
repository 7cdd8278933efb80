using Sim.Model.Scenarios;

namespace Sim.Model.Processes;

/// <summary>
/// Age pattern of fertility (Hadwiger): h(x) = (b·c⁻¹)(c/x)^{3/2}·exp(−b²(c/x + x/c − 2)), evaluated at mid-year
/// ages and normalised over [min, max] so the shares sum to 1. Age-specific fertility = TFR × share(x); a woman
/// aged x gives birth in a month with probability TFR × share(x) / 12.
/// </summary>
public sealed class FertilitySchedule
{
    private readonly double[] _share;

    private FertilitySchedule(DemographyParameters p)
    {
        MinAge = p.FertilityMinAgeYears;
        MaxAge = p.FertilityMaxAgeYears;
        _share = new double[MaxAge + 1];
        var b = p.FertilitySpread;
        var c = p.FertilityMeanAgeYears;
        var sum = 0.0;
        for (var x = MinAge; x <= MaxAge; x++)
        {
            var a = x + 0.5;
            _share[x] = (b / c) * Math.Pow(c / a, 1.5) * Math.Exp(-b * b * ((c / a) + (a / c) - 2));
            sum += _share[x];
        }

        for (var x = MinAge; x <= MaxAge; x++)
        {
            _share[x] /= sum;
        }

        MaxShare = _share.Max();
        MeanAge = Enumerable.Range(MinAge, MaxAge - MinAge + 1).Sum(x => (x + 0.5) * _share[x]);
    }

    /// <summary>Youngest mothers.</summary>
    public int MinAge { get; }

    /// <summary>Oldest mothers.</summary>
    public int MaxAge { get; }

    /// <summary>The largest age share.</summary>
    public double MaxShare { get; }

    /// <summary>Mean age at birth of the schedule, years.</summary>
    public double MeanAge { get; }

    /// <summary>Builds the schedule from the scenario.</summary>
    public static FertilitySchedule Create(DemographyParameters parameters) => new(parameters);

    /// <summary>Share of a woman's lifetime births at age <paramref name="age"/> (0 outside [min, max]).</summary>
    public double Share(int age) => age < MinAge || age > MaxAge ? 0 : _share[age];
}
