using Sim.Model;
using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <summary>
/// Validates the data files a scenario names, like the scenario itself and before anything is run: the regions file
/// (whose codes the scenario's region keys are checked against) and the vital-rates file.
/// </summary>
internal static class DataFileChecks
{
    /// <summary>Adds every problem of the data files to <paramref name="errors"/>; returns the region codes when the regions file could be read.</summary>
    public static HashSet<string>? Check(SourceMap tree, List<ScenarioError> errors)
    {
        if (tree.Find("population")?.Value is not SourceMap population)
        {
            return null;
        }

        if (ExistingFile(population, "vital_rates") is { } vitalRates)
        {
            VitalRatesFileCheck.Check(vitalRates, errors);
        }

        return ExistingFile(population, "regions") is { } regions ? RegionsFileCheck.Check(regions, errors) : null;
    }

    /// <summary>The full path a key names when the file exists (a missing one is the schema validator's to report).</summary>
    private static string? ExistingFile(SourceMap section, string key) =>
        section.Find(key)?.Value is SourceScalar { IsNull: false } path && File.Exists(ScenarioPaths.Resolve(path))
            ? ScenarioPaths.Resolve(path)
            : null;
}
