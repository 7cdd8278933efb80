using Sim.Model;
using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <summary>
/// Validates the data files a scenario names, like the scenario itself and before anything is run: the regions file
/// (whose codes the scenario's region keys are checked against), the vital-rates file, and the policy tables
/// (kandas arrivals and settlement, quotas, relocation regions) through the readers the run uses.
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

        var codes = ExistingFile(population, "regions") is { } regions ? RegionsFileCheck.Check(regions, errors) : null;
        if (codes is not null)
        {
            CheckPolicyTables(population, codes, errors);
        }

        return codes;
    }

    // The run reads these with the same readers (ScenarioBinder.ReadTables), so validate says what run would refuse.
    private static void CheckPolicyTables(SourceMap population, HashSet<string> codes, List<ScenarioError> errors)
    {
        IReadOnlyList<RelocationRegion>? relocation = null;
        Read(population, "relocation_regions", errors, path => relocation = RelocationRegionsReader.Read(path, codes));
        Read(population, "quotas", errors, path => QuotaTableReader.Read(path, codes, relocation));
        Read(population, "kandas_arrivals", errors, path => KandasArrivalsReader.Read(path));
        Read(population, "kandas_settlement", errors, path => KandasSettlementReader.Read(path, codes));
    }

    private static void Read(SourceMap population, string key, List<ScenarioError> errors, Action<string> read)
    {
        if (ExistingFile(population, key) is not { } path)
        {
            return;
        }

        try
        {
            read(path);
        }
        catch (CsvFormatException e)
        {
            // Like the other data-file checks: the CSV column as the key (the reader knows the column, not its position).
            errors.Add(new ScenarioError(ScenarioPaths.Display(e.File.Length > 0 ? e.File : path), Math.Max(e.Line, 1), 1,
                e.Column ?? "population." + key, null, "a valid " + Path.GetFileName(path) + " (see its header comment)", e.Problem));
        }
    }

    /// <summary>The full path a key names when the file exists (a missing one is the schema validator's to report).</summary>
    private static string? ExistingFile(SourceMap section, string key) =>
        section.Find(key)?.Value is SourceScalar { IsNull: false } path && File.Exists(ScenarioPaths.Resolve(path))
            ? ScenarioPaths.Resolve(path)
            : null;
}
