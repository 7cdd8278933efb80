using System.Globalization;
using System.Text;
using Sim.Scenarios;

namespace Sim.Calibration.Uncertainty;

/// <summary>
/// The sidecar of a calibrated scenario file holding its parameters' uncertainty: <c>NAME.uncertainty.csv</c> beside
/// <c>NAME.yaml</c>, written by <c>sim calibrate</c> with the file, with columns <c>key, value, standard_error, lower,
/// upper, source</c> (numbers round-trip, invariant culture). A scenario names it through its <c>extends</c> chain:
/// <see cref="Find"/> takes the sidecar of the nearest file up the chain that has one, so every scenario extending
/// <c>calibrated.yaml</c> uses <c>calibrated.uncertainty.csv</c>.
/// </summary>
public static class UncertaintyFile
{
    /// <summary>The sidecar's suffix replacing the scenario file's extension.</summary>
    public const string Suffix = ".uncertainty.csv";

    private static readonly string[] Columns = ["key", "value", "standard_error", "lower", "upper", "source"];

    /// <summary>The sidecar path of the scenario file <paramref name="scenarioFile"/>.</summary>
    public static string PathFor(string scenarioFile)
    {
        var full = Path.GetFullPath(scenarioFile);
        return Path.Combine(Path.GetDirectoryName(full) ?? ".", Path.GetFileNameWithoutExtension(full) + Suffix);
    }

    /// <summary>The sidecar of the nearest file up <paramref name="scenarioPath"/>'s <c>extends</c> chain that has one, or null.</summary>
    public static string? Find(string scenarioPath)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var file = Path.GetFullPath(scenarioPath); file is not null && seen.Add(file); file = ScenarioLoader.ParentOf(file))
        {
            var sidecar = PathFor(file);
            if (File.Exists(sidecar))
            {
                return sidecar;
            }
        }

        return null;
    }

    /// <summary>The CSV text of <paramref name="rows"/>.</summary>
    public static string Csv(IReadOnlyList<ParameterUncertainty> rows)
    {
        var csv = new StringBuilder().AppendLine(string.Join(',', Columns));
        foreach (var r in rows)
        {
            csv.AppendLine(string.Join(',', r.Key, Number(r.Value), Number(r.StandardError), Number(r.Lower), Number(r.Upper), r.Source));
        }

        return csv.ToString();
    }

    /// <summary>Writes <paramref name="rows"/> to <paramref name="path"/> (replacing it).</summary>
    public static void Write(string path, IReadOnlyList<ParameterUncertainty> rows) =>
        File.WriteAllText(path, Csv(rows), new UTF8Encoding(false));

    /// <summary>
    /// Reads a sidecar; throws <see cref="CsvFormatException"/> naming the file, line, column and value for a key that
    /// is not a calibrated real scenario parameter or is listed twice, a standard error that is not positive, bounds
    /// that are not ordered or do not hold the value, or an unknown source.
    /// </summary>
    public static IReadOnlyList<ParameterUncertainty> Read(string path)
    {
        var rows = new List<ParameterUncertainty>();
        foreach (var row in CsvFile.Read(path, Columns))
        {
            var key = row.Text("key");
            var declared = ScenarioParameters.Find(key);
            if (declared is null || declared.Type != typeof(double) || key.Contains('<', StringComparison.Ordinal))
            {
                throw row.Error("key", $"'{key}' is not a real-valued scenario parameter (allowed: {string.Join(", ", ScenarioParameters.Calibrated.Select(p => p.KeyPath))})");
            }

            if (rows.Any(r => r.Key == key))
            {
                throw row.Error("key", $"'{key}' is listed twice; one row a parameter");
            }

            var value = row.Number("value");
            var error = row.Number("standard_error");
            var lower = row.Number("lower");
            var upper = row.Number("upper");
            var source = row.Text("source");
            if (error <= 0)
            {
                throw row.Error("standard_error", FormattableString.Invariant($"{error} is not allowed; a standard error is positive"));
            }

            if (!(lower < upper) || value < lower || value > upper)
            {
                throw row.Error("value", FormattableString.Invariant($"{value} with bounds [{lower}, {upper}]: allowed lower < upper and lower <= value <= upper"));
            }

            if (lower < declared.Declaration.Min || upper > declared.Declaration.Max)
            {
                throw row.Error("lower", FormattableString.Invariant($"bounds [{lower}, {upper}] must lie inside the declared {declared.Declaration.Min}..{declared.Declaration.Max} of '{key}'"));
            }

            if (source is not (ParameterUncertainty.Curvature or ParameterUncertainty.Fallback))
            {
                throw row.Error("source", $"'{source}' is not allowed; allowed {ParameterUncertainty.Curvature} or {ParameterUncertainty.Fallback}");
            }

            rows.Add(new ParameterUncertainty(key, value, error, lower, upper, source));
        }

        return rows;
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
