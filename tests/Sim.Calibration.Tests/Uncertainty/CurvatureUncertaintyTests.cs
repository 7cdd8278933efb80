using Sim.Calibration.Calibration;
using Sim.Calibration.Uncertainty;

namespace Sim.Calibration.Tests.Uncertainty;

/// <summary>Standard errors from the curvature of the objective, checked on objectives whose curvature is known by hand.</summary>
public sealed class CurvatureUncertaintyTests
{
    private static readonly CalibrationParameter Wage = new("relocation.beta_wage", 0, 4, "pull of high-wage regions");
    private static readonly CalibrationParameter Distance = new("relocation.beta_distance", 0, 3, "friction of distance");

    [Fact]
    public void A_chi_square_objective_gives_back_the_standard_errors_it_was_built_from()
    {
        // Q = ((w − 1.2)/0.3)² + ((d − 0.8)/0.1)²: Q''_w = 2/0.09, so √(2/Q'') = 0.3; likewise 0.1 for d.
        static double Objective(IReadOnlyList<double> x) => Math.Pow((x[0] - 1.2) / 0.3, 2) + Math.Pow((x[1] - 0.8) / 0.1, 2);
        var evaluations = 0;

        var result = CurvatureUncertainty.Estimate([Wage, Distance], [1.2, 0.8], 0, x => { evaluations++; return Objective(x); });

        Assert.Equal(4, evaluations);
        Assert.Equal(0.3, result[0].StandardError, 9);
        Assert.Equal(0.1, result[1].StandardError, 9);
        Assert.All(result, r => Assert.Equal(ParameterUncertainty.Curvature, r.Source));
        Assert.Equal((1.2, 0.0, 4.0), (result[0].Value, result[0].Lower, result[0].Upper));
    }

    [Fact]
    public void Near_a_bound_the_unequal_steps_still_measure_a_quadratic_exactly()
    {
        // w = 0.05 is closer to the lower bound 0 than the step 0.2: steps 0.2 up and 0.05 down, f'' still 2/0.5².
        var result = CurvatureUncertainty.Estimate([Wage], [0.05], 0.0, x => Math.Pow((x[0] - 0.05) / 0.5, 2));

        Assert.Equal(0.5, result[0].StandardError, 9);
    }

    [Fact]
    public void A_flat_objective_or_an_optimum_on_a_bound_gets_the_fallback_of_a_tenth_of_the_range()
    {
        var flat = CurvatureUncertainty.Estimate([Wage], [1.0], 3.0, _ => 3.0);
        var onBound = CurvatureUncertainty.Estimate([Distance], [3.0], 0.0, x => x[0] * x[0]);

        Assert.Equal((ParameterUncertainty.Fallback, 0.4), (flat[0].Source, flat[0].StandardError));
        Assert.Equal(ParameterUncertainty.Fallback, onBound[0].Source);
        Assert.Equal(0.3, onBound[0].StandardError, 12);
    }

    [Fact]
    public void A_curvature_so_small_its_error_would_exceed_the_range_is_capped_at_the_range()
    {
        var result = CurvatureUncertainty.Estimate([Wage], [2.0], 0.0, x => 1e-6 * Math.Pow(x[0] - 2, 2));

        Assert.Equal(4.0, result[0].StandardError);
    }
}
