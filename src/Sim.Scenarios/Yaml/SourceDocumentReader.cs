using System.Text;
using Sim.Model;
using Sim.Model.Scenarios;
using YamlDotNet.Core;

namespace Sim.Scenarios;

/// <summary>
/// Reads a YAML file into <see cref="SourceNode"/>s that remember their file, line and column, within resource
/// limits: the file's size is bounded before it is parsed, nesting depth is counted while parsing (without
/// recursion, so a deep document is refused rather than overflowing the stack), and aliases are refused at the
/// first one (so an alias bomb costs nothing).
/// </summary>
internal static class SourceDocumentReader
{
    /// <summary>The largest scenario file read, in bytes (the shipped ones are under 16 KB).</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>The deepest nesting of lists and maps allowed (the scenario schema needs 6).</summary>
    public const int MaxDepth = 64;

    public static SourceMap? Read(string displayPath, string fullPath, List<ScenarioError> errors)
    {
        string text;
        try
        {
            var bytes = BoundedFile.Read(fullPath, MaxFileBytes);
            if (bytes is null)
            {
                errors.Add(new ScenarioError(displayPath, 1, 1, string.Empty, "more than " + BoundedFile.Describe(MaxFileBytes),
                    "at most " + BoundedFile.Describe(MaxFileBytes), $"the file is larger than the limit for a scenario file ({BoundedFile.Describe(MaxFileBytes)})"));
                return null;
            }

            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            errors.Add(new ScenarioError(displayPath, 1, 1, string.Empty, null, "a readable UTF-8 text file",
                "cannot read the file: " + e.Message));
            return null;
        }

        SourceNode? root;
        try
        {
            root = new SourceEventBuilder(displayPath, MaxDepth, errors).Build(new Parser(new StringReader(text)));
        }
        catch (YamlException e)
        {
            errors.Add(new ScenarioError(displayPath, (int)e.Start.Line, (int)e.Start.Column, string.Empty, null,
                "valid YAML", "invalid YAML: " + Innermost(e).Message));
            return null;
        }

        switch (root)
        {
            case null when errors.Count > 0:
                return null;
            case null or SourceScalar { IsNull: true }:
                return new SourceMap(displayPath, 1, 1, []);
            case SourceMap map:
                return map;
            default:
                errors.Add(new ScenarioError(displayPath, root.Line, root.Column, string.Empty, null,
                    "a map of keys", "a scenario file must be a map of keys"));
                return null;
        }
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e;
    }
}
