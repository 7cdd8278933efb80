using System.Globalization;
using System.Text;

namespace Sim.Scenarios;

/// <summary>Renders <see cref="ScenarioParameters.All"/> as the Markdown of docs/parameters.md (one table per section).</summary>
public static class ParameterTableWriter
{
    /// <summary>The Markdown text (LF line ends, final newline).</summary>
    public static string Write()
    {
        var md = new StringBuilder();
        md.Append("# Scenario parameters\n\n")
            .Append("Generated from the parameter declarations on the scenario records (`sim schema parameters`); ")
            .Append("a test keeps this file current. Keys of keyed maps are shown as `<month>`, `<origin>`, `<name>`.\n");
        string? section = null;
        foreach (var p in ScenarioParameters.All.Where(p => !p.IsSection))
        {
            var top = p.KeyPath.Contains('.', StringComparison.Ordinal) ? p.KeyPath[..p.KeyPath.IndexOf('.', StringComparison.Ordinal)] : "(top level)";
            if (top != section)
            {
                section = top;
                md.Append("\n## ").Append(section).Append("\n\n| key | value | unit | meaning | calibrated |\n| --- | --- | --- | --- | --- |\n");
            }

            var calibrated = p.Calibrated is { } c
                ? string.Create(CultureInfo.InvariantCulture, $"{c.Lower} … {c.Upper}: {c.Moves}")
                : string.Empty;
            md.Append("| `").Append(p.KeyPath).Append("` | ").Append(p.Kind).Append(" | ").Append(p.Declaration.Unit)
                .Append(" | ").Append(p.Declaration.Doc.Replace("|", "\\|", StringComparison.Ordinal)).Append(" | ").Append(calibrated).Append(" |\n");
        }

        return md.ToString();
    }
}
