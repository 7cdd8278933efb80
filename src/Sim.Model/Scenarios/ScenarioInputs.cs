namespace Sim.Model.Scenarios;

/// <summary>
/// The files a loaded scenario was made from: the scenario files of its <c>extends</c> chain that set a key of it,
/// and the data files its path keys name. A run records their SHA-256 and carries copies of the data files, so that
/// it can be checked and rerun from its folder.
/// </summary>
public static class ScenarioInputs
{
    /// <summary>
    /// Full paths of the scenario files of the <c>extends</c> chain, the file itself first (also those whose keys
    /// were all overridden: they still shape the chain), then any other file a key came from.
    /// </summary>
    public static IReadOnlyList<string> ScenarioFiles(Scenario scenario)
    {
        var chain = new List<string>();
        for (var file = Path.GetFullPath(scenario.SourcePath); file is not null && !chain.Contains(file) && File.Exists(file);)
        {
            chain.Add(file);
            file = YamlDocumentReader.Read(file, file, [])?.Find("extends")?.Value is YScalar { IsNull: false } extends
                ? ScenarioPaths.Resolve(extends)
                : null;
        }

        var files = new SortedSet<string>(StringComparer.Ordinal);
        CollectFiles(Tree(scenario), files);
        files.ExceptWith(chain);
        return [.. chain, .. files];
    }

    /// <summary>Full paths of the data files the scenario's path keys name, in key order, each once.</summary>
    public static IReadOnlyList<string> DataFiles(Scenario scenario)
    {
        var paths = new List<string>();
        CollectPaths(Tree(scenario), ScenarioSchema.Root, paths);
        return [.. paths.Distinct(StringComparer.Ordinal)];
    }

    private static YMap Tree(Scenario scenario) =>
        scenario.Tree ?? throw new InvalidOperationException("the scenario was not loaded from a file");

    private static void CollectFiles(YNode node, SortedSet<string> files)
    {
        files.Add(Path.GetFullPath(node.File));
        switch (node)
        {
            case YMap map:
                foreach (var entry in map.Entries)
                {
                    files.Add(Path.GetFullPath(entry.File));
                    CollectFiles(entry.Value, files);
                }

                break;
            case YSeq seq:
                foreach (var item in seq.Items)
                {
                    CollectFiles(item, files);
                }

                break;
        }
    }

    private static void CollectPaths(YNode node, SchemaNode schema, List<string> paths)
    {
        switch (node)
        {
            case YMap map:
                foreach (var entry in map.Entries)
                {
                    var child = schema switch
                    {
                        SchemaMap m => m.Find(entry.Key)?.Node,
                        SchemaKeyedMap keyed => keyed.Value,
                        _ => null,
                    };
                    if (child is not null)
                    {
                        CollectPaths(entry.Value, child, paths);
                    }
                }

                break;
            case YSeq seq when schema is SchemaList list:
                foreach (var item in seq.Items)
                {
                    CollectPaths(item, list.Item, paths);
                }

                break;
            case YScalar { IsNull: false } scalar when schema is SchemaScalar { Kind: SchemaScalarKind.Path }:
                paths.Add(ScenarioPaths.Resolve(scalar));
                break;
        }
    }
}
