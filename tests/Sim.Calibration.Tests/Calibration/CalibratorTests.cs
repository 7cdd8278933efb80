using Sim.Calibration.Calibration;
using Sim.Calibration.Observed;
using Sim.Model;
using Sim.Model.Scenarios;
using Sim.Scenarios;

namespace Sim.Calibration.Tests.Calibration;

public sealed class CalibratorTests
{
    private static readonly CalibrationParameter[] Parameters =
    [
        new("housing.rent_pressure_response", 0, 4, "rents"),
        new("departure.intercept", -8, -1, "departures"),
    ];

    private static Calibrator Create(int evaluations) => new(
        RepositoryPaths.Combine("scenarios", "mobilisation-2022.yaml"),
        ObservedDataLoader.Load(RepositoryPaths.Combine("scenarios", "observed")),
        Parameters,
        new CalibrationOptions { Scale = 0.002, MaxEvaluations = evaluations, Until = new YearMonth(2022, 12) });

    [Fact]
    public void A_small_calibration_stays_in_bounds_within_budget_and_never_worsens_the_objective()
    {
        var calibrator = Create(6);
        var scenario = ScenarioLoader.Load(RepositoryPaths.Combine("scenarios", "mobilisation-2022.yaml"));
        Assert.Equal([scenario.Housing.RentPressureResponse, scenario.Departure.Intercept], calibrator.Initial);

        var progress = new List<CalibrationProgress>();
        var result = calibrator.Run(progress.Add);

        Assert.Equal(6, result.Evaluations);
        Assert.Equal(6, progress.Count);
        Assert.False(result.Converged);
        Assert.True(result.BestObjective <= result.InitialObjective);
        Assert.Equal(progress.Min(p => p.Objective), result.BestObjective);
        Assert.All(progress, p => Assert.InRange(p.Values[0], 0, 4));
        Assert.All(progress, p => Assert.InRange(p.Values[1], -8, -1));
        Assert.Equal(progress.Select(p => p.Best), progress.Select((p, i) => progress.Take(i + 1).Min(q => q.Objective)));
        Assert.NotEmpty(result.BestTerms);
        Assert.Equal(result.BestObjective, result.BestTerms.Sum(t => t.Value), 9);
    }

    [Fact]
    public void The_objective_is_a_deterministic_function_of_the_parameters()
    {
        var calibrator = Create(10);
        var a = calibrator.Evaluate([1.5, -4], out var termsA);
        var b = calibrator.Evaluate([1.5, -4], out var termsB);
        var c = calibrator.Evaluate([0.1, -4], out _);
        Assert.Equal(a, b);
        Assert.Equal(termsA, termsB);
        Assert.NotEqual(a, c);
        Assert.DoesNotContain(termsA, t => t.Name.StartsWith("births_", StringComparison.Ordinal));
        Assert.Contains(termsA, t => t.Name == "net_migration_by_region");
    }

    [Fact]
    public void A_parameter_listed_twice_or_unknown_is_rejected_before_any_run()
    {
        var observed = ObservedDataLoader.Load(RepositoryPaths.Combine("scenarios", "observed"));
        var scenario = RepositoryPaths.Combine("scenarios", "mobilisation-2022.yaml");
        Assert.Throws<CalibrationInputException>(() => new Calibrator(scenario, observed, [Parameters[0], Parameters[0]], new CalibrationOptions()));
        Assert.Throws<CalibrationInputException>(() => new Calibrator(scenario, observed, [new("housing.nope", 0, 1, "x")], new CalibrationOptions()));
    }
}
