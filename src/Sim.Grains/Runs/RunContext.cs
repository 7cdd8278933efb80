using Sim.Output.Parts;
using Sim.Model.Engine;
using Sim.Model.Scenarios;
using Sim.Parquet;

namespace Sim.Grains.Runs;

/// <summary>The immutable things every grain of a run shares on a silo: the resolved scenario, the model context, output tags.</summary>
public sealed class RunContext
{
    /// <summary>Loads the run described by <paramref name="spec"/>.</summary>
    public RunContext(RunSpec spec)
    {
        Spec = spec;
        Scenario = spec.LoadScenario();
        Model = ModelContext.Create(Scenario);
        Tags = new OutputTags(Scenario.Name, Scenario.Seed, Scenario.Population.Scale);
        WritesOutputs = spec.OutputPath is not null;
        Compression = Scenario.Outputs.Compression switch
        {
            OutputCompression.Zstd => ParquetCompression.Zstd,
            OutputCompression.None => ParquetCompression.None,
            _ => ParquetCompression.Snappy,
        };
    }

    /// <summary>The run's spec.</summary>
    public RunSpec Spec { get; }

    /// <summary>The scenario with the overrides applied.</summary>
    public Scenario Scenario { get; }

    /// <summary>The model's context.</summary>
    public ModelContext Model { get; }

    /// <summary>Metadata every output file carries.</summary>
    public OutputTags Tags { get; }

    /// <summary>The codec of every Parquet file of the run (<c>outputs.compression</c>).</summary>
    public ParquetCompression Compression { get; }

    /// <summary>Whether the regions produce output rows and snapshots for the driver to write.</summary>
    public bool WritesOutputs { get; }
}
