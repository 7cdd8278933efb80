using System.Text.Json.Nodes;
using Sim.Calibration.Uncertainty;
using Sim.Host.Cli;
using Sim.Model.Scenarios;
using Sim.Reporting.Ensembles;
using Sim.Scenarios;

namespace Sim.Host.Commands.Ensemble;

/// <summary>
/// How the members of an ensemble differ: their seeds and, with <c>--parameters drawn</c>, the calibrated parameters
/// drawn from the uncertainty the scenario's <c>extends</c> chain stores (<see cref="UncertaintyFile"/>), applied to
/// each member's typed scenario through <see cref="ScenarioOverrides"/>. Everything is computed before any member runs,
/// so a bad sidecar or an out-of-range value exits 2 with nothing written.
/// </summary>
internal sealed class MemberVariation
{
    private MemberVariation(Scenario scenario, IReadOnlyList<ulong> seeds, string mode, string? sidecarPath,
        IReadOnlyList<ParameterUncertainty> distributions, IReadOnlyList<IReadOnlyList<KeyValuePair<string, double>>> values)
    {
        Scenario = scenario;
        Seeds = seeds;
        Mode = mode;
        SidecarPath = sidecarPath;
        Distributions = distributions;
        Members = [.. seeds.Select((seed, k) => new ScenarioOverrides(seed, null, null, Parameters: values[k]).Apply(scenario))];
        Draws = [.. seeds.SelectMany((seed, k) => values[k].Select(v => new MemberParameter(seed, v.Key, v.Value)))];
    }

    /// <summary>The ensemble's scenario (the command line's overrides applied; the base seed).</summary>
    public Scenario Scenario { get; }

    /// <summary>The members' seeds, member k's at k.</summary>
    public IReadOnlyList<ulong> Seeds { get; }

    /// <summary><see cref="EnsembleOptions.Drawn"/> or <see cref="EnsembleOptions.Fixed"/>.</summary>
    public string Mode { get; }

    /// <summary>The sidecar the standard errors came from, or null (fixed, or none up the chain: all fallbacks).</summary>
    public string? SidecarPath { get; }

    /// <summary>The distributions drawn from (empty when fixed).</summary>
    public IReadOnlyList<ParameterUncertainty> Distributions { get; }

    /// <summary>Each member's scenario: seed and drawn values applied.</summary>
    public IReadOnlyList<Scenario> Members { get; }

    /// <summary>Every member's drawn values (empty when fixed).</summary>
    public IReadOnlyList<MemberParameter> Draws { get; }

    /// <summary>One line for the log and the manifest's <c>member_variation</c>.</summary>
    public string Description => Mode == EnsembleOptions.Fixed
        ? "seed only (member k runs with seed first + k); parameters are the scenario's"
        : $"seed first + k and {Distributions.Count} parameters drawn for (first seed, k) from truncated normals: "
          + (SidecarPath is null
              ? $"no {UncertaintyFile.Suffix} file up the extends chain, so every standard error is the fallback ({ParameterUncertainty.FallbackShareOfRange:0.##} of the calibration range)"
              : $"standard errors from {Path.GetFileName(SidecarPath)}, the fallback ({ParameterUncertainty.FallbackShareOfRange:0.##} of the calibration range) for parameters it lacks");

    /// <summary>The variation of an ensemble of <paramref name="scenario"/> with <paramref name="seeds"/>.</summary>
    public static MemberVariation For(EnsembleOptions options, Scenario scenario, IReadOnlyList<ulong> seeds)
    {
        if (options.Parameters == EnsembleOptions.Fixed)
        {
            return new MemberVariation(scenario, seeds, options.Parameters, null, [], [.. seeds.Select(_ => (IReadOnlyList<KeyValuePair<string, double>>)[])]);
        }

        var file = UncertaintyFile.Find(options.Scenario);
        var distributions = ParameterDraws.Distributions(scenario, file is null ? [] : UncertaintyFile.Read(file));
        var values = seeds.Select((_, k) => ParameterDraws.Draw(distributions, scenario.Seed, k)).ToList();
        try
        {
            return new MemberVariation(scenario, seeds, options.Parameters, file, distributions, values);
        }
        catch (ScenarioOverrideException e)
        {
            throw new UserInputException($"{file ?? options.Scenario}: {e.Message}", e);
        }
    }

    /// <summary>The manifest's <c>parameters</c> object: the mode, the sidecar and the distributions drawn from.</summary>
    public JsonObject Manifest()
    {
        var scenarioFolder = Path.GetDirectoryName(Path.GetFullPath(Scenario.SourcePath)) ?? ".";
        return new JsonObject
        {
            ["mode"] = Mode,
            ["uncertainty_file"] = SidecarPath is null ? null : Path.GetRelativePath(scenarioFolder, SidecarPath),
            ["draw"] = "normal(centre = the scenario's value, standard_error) truncated to [lower, upper] by inverse CDF; uniform from a counter-based stream keyed by (first seed, member index k, parameter key)",
            ["table"] = Draws.Count > 0 ? EnsembleFolder.ParametersFile : null,
            ["distributions"] = new JsonArray([.. Distributions.Select(d => (JsonNode)new JsonObject
            {
                ["key"] = d.Key,
                ["centre"] = d.Value,
                ["standard_error"] = d.StandardError,
                ["lower"] = d.Lower,
                ["upper"] = d.Upper,
                ["source"] = d.Source,
            })]),
        };
    }
}
