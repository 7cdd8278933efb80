using Sim.Model.Scenarios;

namespace Sim.Model.Engine;

/// <summary>
/// Runs all regions of a scenario in one process with the same protocol the grains follow: advance every
/// region, route the movers, let every region receive, aggregate. Optionally advances regions in parallel
/// (results are identical either way). The reference for the grains and the engine of calibration.
/// </summary>
public sealed class SequentialDriver
{
    private readonly bool _parallel;
    private readonly RegionSimulation[] _regions;

    /// <summary>Synthesises every region of the context.</summary>
    public SequentialDriver(ModelContext context, bool parallel = false)
    {
        Context = context;
        _parallel = parallel;
        _regions = new RegionSimulation[context.RegionCount];
        ForEach(i => _regions[i] = RegionSimulation.Create(context, i));
        National = MonthProtocol.Initial(_regions);
        NextMonth = context.Start;
    }

    /// <summary>The run's context.</summary>
    public ModelContext Context { get; }

    /// <summary>The regions in index order.</summary>
    public IReadOnlyList<RegionSimulation> Regions => _regions;

    /// <summary>The latest national indicators (the start state before the first month).</summary>
    public NationalIndicators National { get; private set; }

    /// <summary>The month <see cref="Step"/> simulates next.</summary>
    public YearMonth NextMonth { get; private set; }

    /// <summary>Whether every month of the scenario has run.</summary>
    public bool Finished => NextMonth > Context.End;

    /// <summary>Loads a scenario, runs it to the end and returns every month.</summary>
    public static IReadOnlyList<MonthOutcome> Run(Scenario scenario, bool parallel = false)
    {
        var driver = new SequentialDriver(ModelContext.Create(scenario), parallel);
        return driver.RunToEnd();
    }

    /// <summary>Simulates one month.</summary>
    public MonthOutcome Step()
    {
        if (Finished)
        {
            throw new InvalidOperationException("the run is finished");
        }

        var month = NextMonth;
        var national = National;
        var results = new RegionMonthResult[_regions.Length];
        ForEach(i => results[i] = _regions[i].Advance(month, national));
        var routed = MonthProtocol.Route(results, _regions.Length);
        var rows = new RegionMonthIndicators[_regions.Length];
        ForEach(i => rows[i] = _regions[i].Receive(routed[i]));
        National = NationalIndicators.Aggregate(rows);
        NextMonth = month.AddMonths(1);
        return new MonthOutcome(month, rows, MonthProtocol.SortFlows(results.SelectMany(r => r.Flows)), National);
    }

    /// <summary>Simulates the remaining months, calling <paramref name="onMonth"/> after each.</summary>
    public IReadOnlyList<MonthOutcome> RunToEnd(Action<MonthOutcome>? onMonth = null)
    {
        var outcomes = new List<MonthOutcome>();
        while (!Finished)
        {
            var outcome = Step();
            onMonth?.Invoke(outcome);
            outcomes.Add(outcome);
        }

        return outcomes;
    }

    private void ForEach(Action<int> body)
    {
        if (_parallel)
        {
            Parallel.For(0, _regions.Length, body);
        }
        else
        {
            for (var i = 0; i < _regions.Length; i++)
            {
                body(i);
            }
        }
    }
}
