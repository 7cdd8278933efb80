using Sim.Model;
using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <summary>
/// Loads scenario files: follows <c>extends</c> chains (paths relative to the file), merges maps key by key
/// (the child wins), validates the result against <see cref="ScenarioSchema"/> and binds it.
/// Every problem is reported at once, located in the file where the offending key is written.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Loads and validates a scenario; throws <see cref="ScenarioValidationException"/> with all problems.</summary>
    public static Scenario Load(string path)
    {
        var (tree, errors) = Resolve(path);
        if (errors.Count > 0 || tree is null)
        {
            throw new ScenarioValidationException(errors);
        }

        var scenario = ScenarioBinder.Bind(tree, path);
        var problems = CheckBound(tree, scenario);
        return problems.Count > 0 ? throw new ScenarioValidationException(problems) : scenario;
    }

    /// <summary>
    /// The full path of the file <paramref name="path"/> names under <c>extends</c>, or null for a root scenario
    /// (reads that one file only); throws <see cref="ScenarioValidationException"/> when it is not valid YAML.
    /// </summary>
    public static string? ParentOf(string path)
    {
        var errors = new List<ScenarioError>();
        var map = SourceDocumentReader.Read(path, Path.GetFullPath(path), errors);
        if (map is null)
        {
            throw new ScenarioValidationException(errors);
        }

        return map.Find("extends")?.Value is SourceScalar { IsNull: false } target ? ScenarioPaths.Resolve(target) : null;
    }

    /// <summary>Every problem of a scenario (empty when it is valid).</summary>
    public static IReadOnlyList<ScenarioError> Validate(string path)
    {
        var (tree, errors) = Resolve(path);
        return errors.Count > 0 || tree is null ? errors : CheckBound(tree, ScenarioBinder.Bind(tree, path));
    }

    /// <summary>Problems only the bound scenario shows: a scale at which a region gets no agents.</summary>
    private static List<ScenarioError> CheckBound(SourceMap tree, Scenario scenario)
    {
        if (AgentCounts.EmptyRegion(scenario) is not { } empty)
        {
            return [];
        }

        var scale = (tree.Find("population")?.Value as SourceMap)?.Find("scale");
        var at = (SourceNode?)scale?.Value ?? tree;
        return [new ScenarioError(at.File, at.Line, at.Column, "population.scale", (scale?.Value as SourceScalar)?.Text,
            "a scale giving every region at least one agent", empty)];
    }

    private static (SourceMap? Tree, IReadOnlyList<ScenarioError> Errors) Resolve(string path)
    {
        var errors = new List<ScenarioError>();
        if (!File.Exists(path))
        {
            errors.Add(new ScenarioError(path, 1, 1, string.Empty, null, "an existing scenario file", "scenario file not found"));
            return (null, errors);
        }

        var tree = ReadChain(path, Path.GetFullPath(path), [], errors);
        if (tree is null || errors.Count > 0)
        {
            // A file that cannot be read or an extends chain that cannot be followed comes first and alone: the
            // merged tree would be missing keys, and every consequence would be reported as a problem of its own.
            return (null, Sorted(errors));
        }

        var regionCodes = DataFileChecks.Check(tree, errors);
        new ScenarioValidator(regionCodes, errors).Validate(tree);
        CheckDates(tree, errors);
        CheckName(tree, errors);
        CheckOrigins(tree, errors);
        return (tree, Sorted(errors));
    }

    private static List<ScenarioError> Sorted(List<ScenarioError> errors) =>
        [.. errors
            .Distinct()
            .OrderBy(e => e.File, StringComparer.Ordinal)
            .ThenBy(e => e.Line)
            .ThenBy(e => e.Column)];

    private static SourceMap? ReadChain(string display, string full, HashSet<string> visited, List<ScenarioError> errors)
    {
        visited.Add(full);
        var map = SourceDocumentReader.Read(display, full, errors);
        if (map?.Find("extends") is not { } extends)
        {
            return map;
        }

        if (extends.Value is not SourceScalar { IsNull: false } target)
        {
            errors.Add(new ScenarioError(display, extends.Line, extends.Column, "extends", null, "a file path",
                "extends must name a scenario file"));
            return map.Without("extends");
        }

        var parentFull = ScenarioPaths.Resolve(target);
        if (!File.Exists(parentFull))
        {
            errors.Add(new ScenarioError(display, target.Line, target.Column, "extends", target.Text,
                "an existing file relative to " + display, $"file '{target.Text}' does not exist (relative to {display})"));
            return map.Without("extends");
        }

        if (parentFull == full)
        {
            errors.Add(new ScenarioError(display, target.Line, target.Column, "extends", target.Text,
                "another scenario file", $"extends names this file itself ('{target.Text}')"));
            return map.Without("extends");
        }

        if (visited.Contains(parentFull))
        {
            errors.Add(new ScenarioError(display, target.Line, target.Column, "extends", target.Text,
                "a file not already in the chain", $"extends cycle: '{target.Text}' is already in the chain"));
            return map.Without("extends");
        }

        var parent = ReadChain(ScenarioPaths.Display(parentFull), parentFull, visited, errors);
        return parent is null ? map.Without("extends") : SourceMap.Merge(parent, map.Without("extends"));
    }

    /// <summary>Every citizenship with an inflow or a shock needs an arrival profile.</summary>
    private static void CheckOrigins(SourceMap tree, List<ScenarioError> errors)
    {
        if (tree.Find("arrivals")?.Value is not SourceMap arrivals)
        {
            return;
        }

        var profiles = (arrivals.Find("origins")?.Value as SourceMap)?.Entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal) ?? [];
        foreach (var inflow in (arrivals.Find("inflows")?.Value as SourceMap)?.Entries ?? [])
        {
            if (!profiles.Contains(inflow.Key))
            {
                errors.Add(new ScenarioError(inflow.File, inflow.Line, inflow.Column, "arrivals.inflows." + inflow.Key, inflow.Key,
                    "a citizenship with a profile under arrivals.origins", $"inflow of {inflow.Key} has no profile under arrivals.origins"));
            }
        }

        foreach (var shock in (arrivals.Find("shocks")?.Value as SourceMap)?.Entries ?? [])
        {
            if (shock.Value is SourceMap map && map.Find("origin")?.Value is SourceScalar origin && !profiles.Contains(origin.Text))
            {
                errors.Add(new ScenarioError(origin.File, origin.Line, origin.Column, $"arrivals.shocks.{shock.Key}.origin", origin.Text,
                    "a citizenship with a profile under arrivals.origins", $"shock origin {origin.Text} has no profile under arrivals.origins"));
            }
        }
    }

    private static void CheckName(SourceMap tree, List<ScenarioError> errors)
    {
        if (tree.Find("name")?.Value is SourceScalar name && ScenarioNames.Problem(name.Text) is { } problem)
        {
            errors.Add(new ScenarioError(name.File, name.Line, name.Column, "name", name.Text, ScenarioNames.Allowed,
                $"the name cannot name a run folder: {problem}; allowed {ScenarioNames.Allowed}"));
        }
    }

    private static void CheckDates(SourceMap tree, List<ScenarioError> errors)
    {
        if (tree.Find("start")?.Value is SourceScalar start && tree.Find("end")?.Value is SourceScalar end
            && YearMonth.TryParse(start.Text, out var s) && YearMonth.TryParse(end.Text, out var e) && e < s)
        {
            errors.Add(new ScenarioError(end.File, end.Line, end.Column, "end", end.Text, "a month not before start " + start.Text,
                $"end {end.Text} is before start {start.Text}"));
        }
    }
}
