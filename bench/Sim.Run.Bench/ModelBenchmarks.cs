using BenchmarkDotNet.Attributes;
using Sim.Model.Engine;
using Sim.Model.Population;
using Sim.Model.Scenarios;
using Sim.Scenarios;

namespace Sim.Run.Bench;

/// <summary>
/// The model's cost per simulated month: one month of all 20 regions (sequential, then parallel) at a given
/// scale, and a region's end-of-month census pass. Divide the person count by the time for person-months/s.
/// Run: <c>dotnet run -c Release --project bench/Sim.Run.Bench -- --filter *ModelBenchmarks*</c>.
/// </summary>
[MemoryDiagnoser]
public class ModelBenchmarks
{
    private ModelContext _context = null!;
    private SequentialDriver _sequential = null!;
    private SequentialDriver _parallel = null!;
    private RegionState _region = null!;

    /// <summary>Agents per person.</summary>
    [Params(0.01, 0.1)]
    public double Scale { get; set; }

    /// <summary>Synthesises the populations once per scale.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(FindScenarios(), "baseline.yaml");
        _context = ModelContext.Create(ScenarioLoader.Load(path).WithScale(Scale));
        _sequential = new SequentialDriver(_context);
        _parallel = new SequentialDriver(_context, parallel: true);
        _region = new RegionState(_context, _context.RegionIndex("ALA")) { Month = _context.Start };
        PopulationSynthesizer.Synthesize(_region);
        Console.WriteLine($"// persons at scale {Scale}: {_sequential.National.Total.PopulationEnd:N0}; ALA {_region.People.Count:N0}");
    }

    /// <summary>One month of every region, one thread.</summary>
    [Benchmark]
    public long MonthSequential() => Step(ref _sequential, parallel: false);

    /// <summary>One month of every region, regions in parallel.</summary>
    [Benchmark]
    public long MonthParallel() => Step(ref _parallel, parallel: true);

    /// <summary>The end-of-month census of Almaty city.</summary>
    [Benchmark]
    public int CensusAlmaty()
    {
        var row = default(RegionMonthIndicators);
        _region.Census.Run(_region, _context.Start, applyTransitions: true, ref row);
        return _region.Census.Foreigners.Count;
    }

    private long Step(ref SequentialDriver driver, bool parallel)
    {
        if (driver.Finished)
        {
            driver = new SequentialDriver(_context, parallel);
        }

        return driver.Step().National.Total.PopulationEnd;
    }

    private static string FindScenarios()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "scenarios", "baseline.yaml")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("scenarios/ not found"), "scenarios");
    }
}
