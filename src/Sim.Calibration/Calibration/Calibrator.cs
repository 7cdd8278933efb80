using System.Diagnostics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using Sim.Calibration.Backtest;
using Sim.Calibration.Fit;
using Sim.Calibration.Observed;
using Sim.Calibration.Uncertainty;
using Sim.Model;
using Sim.Model.Scenarios;
using Sim.Scenarios;

namespace Sim.Calibration.Calibration;

/// <summary>
/// Fits scenario parameters to observed data with the Nelder–Mead simplex (MathNet.Numerics), derivative-free
/// because a stochastic simulation has no gradient. The scenario is loaded once; each candidate is that typed
/// scenario with the candidate values set (<see cref="ScenarioParameters.With"/>, range-checked), run in process with the
/// model's <see cref="Sim.Model.Engine.SequentialDriver"/> for every seed up to the last month the observations
/// need, and scored by <see cref="CalibrationObjective"/>. Fixed seeds make the objective a deterministic
/// function of the parameters.
/// </summary>
public sealed class Calibrator
{
    private static readonly int[] Primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37];

    private readonly Scenario _scenario;
    private readonly ObservedData _observed;
    private readonly IReadOnlyList<CalibrationParameter> _parameters;
    private readonly CalibrationOptions _options;
    private readonly CalibrationObjective _objective;
    private int _evaluations;
    private double _bestObjective = double.PositiveInfinity;
    private double[] _best = [];
    private IReadOnlyList<ObjectiveTerm> _bestTerms = [];

    /// <summary>Prepares a calibration of <paramref name="scenarioPath"/>.</summary>
    public Calibrator(string scenarioPath, ObservedData observed, IReadOnlyList<CalibrationParameter> parameters,
        CalibrationOptions options, CalibrationObjective? objective = null)
    {
        foreach (var p in parameters)
        {
            p.Validate();
        }

        if (parameters.Select(p => p.Key).Distinct(StringComparer.Ordinal).Count() != parameters.Count)
        {
            throw new CalibrationInputException("a parameter is listed twice");
        }

        _observed = observed;
        _parameters = parameters;
        _options = options;
        _objective = objective ?? new CalibrationObjective();
        var scenario = ScenarioLoader.Load(scenarioPath);
        _scenario = scenario.WithScale(options.Scale);
        Initial = parameters.Select(p => ScenarioParameters.Read(scenario, p.Key)).ToList();
        End = options.Until is { } until && until < scenario.End ? until : Horizon.LastMonthNeeded(observed, scenario.Start, scenario.End);
    }

    /// <summary>The parameters' values in the scenario.</summary>
    public IReadOnlyList<double> Initial { get; }

    /// <summary>The last month candidate runs simulate (the latest the observations need).</summary>
    public YearMonth End { get; }

    /// <summary>Runs the optimisation; <paramref name="progress"/> hears of every evaluation.</summary>
    public CalibrationResult Run(Action<CalibrationProgress>? progress = null)
    {
        var initialWatch = Stopwatch.StartNew();
        var initialObjective = Evaluate(Initial, out var initialTerms);
        _best = [.. Initial];
        _bestObjective = initialObjective;
        _bestTerms = initialTerms;
        progress?.Invoke(new CalibrationProgress(_evaluations, initialObjective, initialObjective, Initial, initialWatch.Elapsed.TotalSeconds));
        double Score(double[] values)
        {
            if (_evaluations >= _options.MaxEvaluations)
            {
                throw new EvaluationBudgetExhaustedException();
            }

            var watch = Stopwatch.StartNew();
            var value = Evaluate(values, out var terms);
            if (value < _bestObjective)
            {
                _bestObjective = value;
                _best = values;
                _bestTerms = terms;
            }

            progress?.Invoke(new CalibrationProgress(_evaluations, value, _bestObjective, values, watch.Elapsed.TotalSeconds));
            return value;
        }

        var function = ObjectiveFunction.Value(u => Score(_parameters.Select((p, i) => p.FromUnbounded(u[i])).ToArray()));
        var converged = false;
        var step = _options.InitialStep;
        try
        {
            // The objective has several basins (e.g. distance friction against the pull of large regions), so a
            // quasi-random screen of the box picks the basin the local simplex then descends in.
            for (var k = 1; k <= _options.InitialSamples; k++)
            {
                Score(_parameters.Select((p, i) => p.FromUnbounded(p.ToUnbounded(p.Lower + ((p.Upper - p.Lower) * Halton(k, Primes[i % Primes.Length]))))).ToArray());
            }

            // Nelder–Mead on a noisy objective tends to collapse its simplex early; restarting from the best point
            // with a fresh (halved) simplex until a restart no longer improves is the usual remedy.
            for (var restart = 0; restart < _options.MaxRestarts + 1 && !converged; restart++)
            {
                var before = _bestObjective;
                var start = Vector<double>.Build.Dense(_parameters.Select((p, i) => p.ToUnbounded(_best[i])).ToArray());
                var simplex = Vector<double>.Build.Dense(_parameters.Count, step);

                // The simplex's own iteration limit is not an evaluation count; the objective enforces the budget.
                new NelderMeadSimplex(_options.ConvergenceTolerance, int.MaxValue).FindMinimum(function, start, simplex);
                converged = restart > 0 && before - _bestObjective <= _options.ConvergenceTolerance * Math.Max(1, before);
                step /= 2;
            }
        }
        catch (EvaluationBudgetExhaustedException)
        {
            // The budget ran out: the best candidate seen so far is the answer.
        }

        return new CalibrationResult(_parameters, Initial, _best, initialObjective, _bestObjective, _bestTerms, _evaluations, converged);
    }

    /// <summary>
    /// The standard errors of the best values of <paramref name="result"/> from the objective's curvature there
    /// (<see cref="CurvatureUncertainty"/>): 2 evaluations a parameter beyond the search's budget.
    /// </summary>
    public IReadOnlyList<ParameterUncertainty> EstimateUncertainty(CalibrationResult result) =>
        CurvatureUncertainty.Estimate(_parameters, result.Best, result.BestObjective, values => Evaluate(values, out _));

    /// <summary>The <paramref name="index"/>-th element of the van der Corput sequence in base <paramref name="radix"/> (one Halton coordinate).</summary>
    internal static double Halton(int index, int radix)
    {
        var result = 0.0;
        var f = 1.0 / radix;
        for (var i = index; i > 0; i /= radix)
        {
            result += f * (i % radix);
            f /= radix;
        }

        return result;
    }

    /// <summary>The objective of parameter values (mean over the seeds); the terms are the first seed's.</summary>
    public double Evaluate(IReadOnlyList<double> values, out IReadOnlyList<ObjectiveTerm> terms)
    {
        _evaluations++;
        var scenario = _scenario;
        for (var i = 0; i < _parameters.Count; i++)
        {
            scenario = ScenarioParameters.With(scenario, _parameters[i].Key, values[i]);
        }

        var sum = 0.0;
        terms = [];
        foreach (var seed in _options.Seeds)
        {
            var table = InProcessRun.Run(scenario.WithSeed(seed), End, _options.Parallel);
            var fit = FitEvaluator.Evaluate($"seed {seed}", table, _observed, _objective.Tolerances);
            var seedTerms = _objective.Terms(fit);
            sum += seedTerms.Sum(t => t.Value);
            if (terms.Count == 0)
            {
                terms = seedTerms;
            }
        }

        return sum / _options.Seeds.Count;
    }
}
