using System.Globalization;
using System.Text;

namespace Sim.Calibration.Calibration;

/// <summary>
/// A scenario file that <c>extends</c> another and overrides numeric parameters given by dotted key paths
/// (e.g. <c>housing.rent_pressure_response</c>). The calibration evaluates candidates through such files so the
/// model's own loader validates them, and <c>scenarios/calibrated.yaml</c> is one.
/// </summary>
public static class ScenarioOverlay
{
    /// <summary>
    /// The YAML text of an overlay. <paramref name="extends"/> is written as given (relative to the overlay's
    /// folder, or absolute); <paramref name="header"/> lines become comments; keys are nested by their dots
    /// in first-seen order.
    /// </summary>
    public static string Yaml(string extends, IReadOnlyList<KeyValuePair<string, double>> values,
        string? name = null, string? description = null, IReadOnlyList<string>? header = null)
    {
        var yaml = new StringBuilder();
        foreach (var line in header ?? [])
        {
            yaml.Append("# ").AppendLine(line);
        }

        if (name is not null)
        {
            yaml.Append("name: ").AppendLine(name);
        }

        if (description is not null)
        {
            yaml.Append("description: ").AppendLine(Quote(description));
        }

        yaml.Append("extends: ").AppendLine(Quote(extends));
        var root = new Node();
        foreach (var (key, value) in values)
        {
            var parts = key.Split('.');
            if (parts.Any(p => p.Length == 0))
            {
                throw new ArgumentException($"'{key}' is not a dotted key path", nameof(values));
            }

            var node = root;
            foreach (var part in parts[..^1])
            {
                node = node.Child(part);
            }

            if (!node.Values.TryAdd(parts[^1], value))
            {
                throw new ArgumentException($"key '{key}' is given twice", nameof(values));
            }
        }

        root.Write(yaml, 0);
        return yaml.ToString();
    }

    /// <summary>Writes an overlay file next to nothing else; returns its path.</summary>
    public static string Write(string path, string extends, IReadOnlyList<KeyValuePair<string, double>> values,
        string? name = null, string? description = null, IReadOnlyList<string>? header = null)
    {
        File.WriteAllText(path, Yaml(extends, values, name, description, header), new UTF8Encoding(false));
        return path;
    }

    /// <summary>Shortest round-trip text of a number.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private sealed class Node
    {
        private readonly List<string> _order = [];
        private readonly Dictionary<string, Node> _children = new(StringComparer.Ordinal);

        public Dictionary<string, double> Values { get; } = new(StringComparer.Ordinal);

        public Node Child(string key)
        {
            if (Values.ContainsKey(key))
            {
                throw new ArgumentException($"'{key}' is both a value and a map");
            }

            if (!_children.TryGetValue(key, out var child))
            {
                child = new Node();
                _children[key] = child;
                _order.Add(key);
            }

            return child;
        }

        public void Write(StringBuilder yaml, int indent)
        {
            foreach (var (key, value) in Values)
            {
                if (_children.ContainsKey(key))
                {
                    throw new ArgumentException($"'{key}' is both a value and a map");
                }

                yaml.Append(' ', indent).Append(key).Append(": ").AppendLine(Number(value));
            }

            foreach (var key in _order)
            {
                yaml.Append(' ', indent).Append(key).AppendLine(":");
                _children[key].Write(yaml, indent + 2);
            }
        }
    }
}
