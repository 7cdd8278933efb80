using Sim.Model.Population;
using Sim.Model.Scenarios;

namespace Sim.Model.Processes;

/// <summary>
/// Gompertz–Makeham mortality by single year of age and sex: μ(x) = a·e^{b·x} + c for x ≥ 1, with the infant
/// death probability q0 given. The slope b and constant c come from the scenario; the level a of each sex is
/// solved (bisection) so life expectancy at birth equals the scenario's e0. The demography process then scales
/// the whole schedule each month so the crude death rate follows the scenario's path.
/// </summary>
public sealed class MortalitySchedule
{
    /// <summary>Oldest age; persons at this age die within the year.</summary>
    public const int MaxAge = 110;

    private readonly double[][] _annual = new double[2][];
    private readonly double[][] _monthly = new double[2][];
    private readonly double[][] _personYears = new double[2][];
    private readonly double[] _level = new double[2];
    private readonly double[] _e0 = new double[2];

    private MortalitySchedule(DemographyParameters p)
    {
        Fit(Sex.Male, p.LifeExpectancyMenYears, p);
        Fit(Sex.Female, p.LifeExpectancyWomenYears, p);
    }

    /// <summary>Fits the schedule to the scenario's e0 by sex.</summary>
    public static MortalitySchedule Create(DemographyParameters parameters) => new(parameters);

    /// <summary>Probability of dying within a year at exact age <paramref name="age"/>.</summary>
    public double Annual(Sex sex, int age) => _annual[(int)sex][Math.Clamp(age, 0, MaxAge)];

    /// <summary>Probability of dying within a month at age <paramref name="age"/> (unscaled).</summary>
    public double Monthly(Sex sex, int age) => _monthly[(int)sex][Math.Clamp(age, 0, MaxAge)];

    /// <summary>The monthly probabilities of a sex by age 0..<see cref="MaxAge"/>.</summary>
    public ReadOnlySpan<double> MonthlyBySex(Sex sex) => _monthly[(int)sex];

    /// <summary>Person-years lived at each age per birth (the life table's L_x).</summary>
    public ReadOnlySpan<double> PersonYears(Sex sex) => _personYears[(int)sex];

    /// <summary>Life expectancy at birth of the fitted schedule, years.</summary>
    public double LifeExpectancy(Sex sex) => _e0[(int)sex];

    /// <summary>The fitted Gompertz level a.</summary>
    public double Level(Sex sex) => _level[(int)sex];

    private void Fit(Sex sex, double targetE0, DemographyParameters p)
    {
        double lo = Math.Log(1e-9), hi = Math.Log(0.5);
        for (var iteration = 0; iteration < 200; iteration++)
        {
            var mid = 0.5 * (lo + hi);
            if (Build(Math.Exp(mid), p, null, null) > targetE0)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        var s = (int)sex;
        _level[s] = Math.Exp(0.5 * (lo + hi));
        _annual[s] = new double[MaxAge + 1];
        _personYears[s] = new double[MaxAge + 1];
        _e0[s] = Build(_level[s], p, _annual[s], _personYears[s]);
        _monthly[s] = _annual[s].Select(q => 1 - Math.Pow(1 - q, 1.0 / 12)).ToArray();
    }

    private static double Build(double a, DemographyParameters p, double[]? q, double[]? personYears)
    {
        var b = p.GompertzSlope;
        var c = p.MakehamConstant;
        var alive = 1.0;
        var e0 = 0.0;
        for (var x = 0; x <= MaxAge; x++)
        {
            var qx = x == 0
                ? p.InfantMortalityPer1000 / 1000.0
                : x == MaxAge ? 1.0 : 1 - Math.Exp(-((a / b) * Math.Exp(b * x) * (Math.Exp(b) - 1)) - c);
            qx = Math.Clamp(qx, 0, 1);
            var next = alive * (1 - qx);
            var lived = x == 0 ? next + (0.1 * (alive - next)) : 0.5 * (alive + next);
            if (q is not null)
            {
                q[x] = qx;
            }

            if (personYears is not null)
            {
                personYears[x] = lived;
            }

            e0 += lived;
            alive = next;
        }

        return e0;
    }
}
