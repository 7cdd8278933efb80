using System.Collections;
using System.Globalization;
using System.Text;
using Sim.Model;
using Sim.Model.Population;
using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <summary>
/// Writes a typed scenario as YAML by the declarations on its records: every declared key with its current value
/// (so overrides such as <c>--end</c> and <c>--seed</c> appear as they are), data paths relative to the directory the
/// text is saved in. Loading the text from there gives an equal scenario.
/// </summary>
internal static class ResolvedYamlWriter
{
    public static string Write(Scenario scenario, string rootDirectory) =>
        Write(scenario, full => Path.GetRelativePath(rootDirectory, full), "data paths are relative to the directory of the scenario file");

    /// <summary>The YAML with each data file's full path written as <paramref name="dataPath"/> maps it (a run points at its copies).</summary>
    public static string Write(Scenario scenario, Func<string, string> dataPath, string pathNote)
    {
        var yaml = new StringBuilder();
        yaml.Append("# Resolved scenario '").Append(scenario.Name)
            .Append("': every inherited key merged, the effective seed, scale and end; ").Append(pathNote).Append(".\n");
        new Writer(yaml, dataPath).Section(scenario, 0);
        return yaml.ToString();
    }

    /// <summary>The full paths of the data files the scenario reads, in declaration order, each once.</summary>
    public static IReadOnlyList<string> DataFiles(Scenario scenario)
    {
        var files = new List<string>();
        new Writer(new StringBuilder(), full =>
        {
            if (!files.Contains(full, StringComparer.Ordinal))
            {
                files.Add(full);
            }

            return full;
        }).Section(scenario, 0);
        return files;
    }

    private sealed class Writer(StringBuilder yaml, Func<string, string> dataPath)
    {
        public void Section(object record, int indent)
        {
            var type = record.GetType();
            foreach (var (parameter, declaration) in ParameterShapes.Declared(type))
            {
                var value = type.GetProperty(parameter.Name!)!.GetValue(record);
                if (value is not null)
                {
                    Value(declaration.Key, parameter.ParameterType, declaration, value, indent);
                }
            }
        }

        private void Value(string key, Type type, ParameterAttribute declaration, object value, int indent)
        {
            switch (ParameterShapes.Of(type, declaration))
            {
                case ParameterShape.Series:
                    Map(key, ((MonthSeries)value).Points.Select(p => (p.Key.ToString(), Number(p.Value))), indent);
                    break;
                case ParameterShape.ByCode:
                    Map(key, ((IReadOnlyDictionary<string, double>)value).Select(e => (e.Key, Number(e.Value))), indent);
                    break;
                case ParameterShape.IndexedByCode:
                    Indexed(key, declaration.Keys, (IList)value, indent);
                    break;
                case ParameterShape.NamedEntries:
                    Named(key, (IEnumerable)value, indent);
                    break;
                case ParameterShape.List:
                    Line(indent, key, "[" + string.Join(", ", ((IEnumerable)value).Cast<object>().Select(Scalar)) + "]");
                    break;
                case ParameterShape.Timeline:
                    Timeline(key, value, indent);
                    break;
                case ParameterShape.Section:
                    Line(indent, key, null);
                    Section(value, indent + 2);
                    break;
                case ParameterShape.Path:
                    Line(indent, key, Quote(dataPath(Path.GetFullPath((string)value)).Replace('\\', '/')));
                    break;
                case ParameterShape.Text:
                    Line(indent, key, Quote((string)value));
                    break;
                default:
                    Line(indent, key, Scalar(value));
                    break;
            }
        }

        private void Map(string key, IEnumerable<(string Key, string Value)> entries, int indent)
        {
            var list = entries.ToList();
            Line(indent, key, list.Count == 0 ? "{}" : null);
            foreach (var (k, v) in list)
            {
                Line(indent + 2, k, v);
            }
        }

        /// <summary>A list indexed by citizenship or profession: only entries with a value (not 0, empty or null).</summary>
        private void Indexed(string key, ParameterKeys keys, IList values, int indent)
        {
            var present = Enumerable.Range(0, values.Count)
                .Where(i => values[i] switch { null => false, double d => d != 0, MonthSeries s => !s.IsEmpty, _ => true })
                .ToList();
            Line(indent, key, present.Count == 0 ? "{}" : null);
            foreach (var i in present)
            {
                var entryKey = ParameterShapes.IndexKey(keys, i);
                switch (values[i])
                {
                    case double d:
                        Line(indent + 2, entryKey, Number(d));
                        break;
                    case MonthSeries s:
                        Map(entryKey, s.Points.Select(p => (p.Key.ToString(), Number(p.Value))), indent + 2);
                        break;
                    default:
                        Line(indent + 2, entryKey, null);
                        Section(values[i]!, indent + 4);
                        break;
                }
            }
        }

        private void Named(string key, IEnumerable entries, int indent)
        {
            var list = entries.Cast<object>().ToList();
            Line(indent, key, list.Count == 0 ? "{}" : null);
            foreach (var entry in list)
            {
                var name = ParameterShapes.Constructor(entry.GetType()).GetParameters()
                    .Single(p => p.IsDefined(typeof(EntryKeyAttribute), false)).Name!;
                Line(indent + 2, (string)entry.GetType().GetProperty(name)!.GetValue(entry)!, null);
                Section(entry, indent + 4);
            }
        }

        /// <summary>Every change of a lever with all its fields (loading carries nothing forward then).</summary>
        private void Timeline(string key, object timeline, int indent)
        {
            Line(indent, key, null);
            foreach (var change in (IEnumerable)timeline.GetType().GetProperty(nameof(LeverTimeline<object>.Changes))!.GetValue(timeline)!)
            {
                var pair = change.GetType();
                Line(indent + 2, pair.GetProperty("Key")!.GetValue(change)!.ToString()!, null);
                Section(pair.GetProperty("Value")!.GetValue(change)!, indent + 4);
            }
        }

        private void Line(int indent, string key, string? value)
        {
            yaml.Append(' ', indent).Append(key).Append(':');
            if (value is not null)
            {
                yaml.Append(' ').Append(value);
            }

            yaml.Append('\n');
        }

        private static string Scalar(object value) => value switch
        {
            double d => Number(d),
            int i => i.ToString(CultureInfo.InvariantCulture),
            ulong u => u.ToString(CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            YearMonth m => m.ToString(),
            Citizenship c => Names.Key(c),
            Profession p => Names.Key(p),
            Enum e => ScenarioChoices.Name(e),
            string s => s,
            _ => throw new InvalidOperationException($"no YAML form for {value.GetType().Name}"),
        };

        private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

        private static string Quote(string text)
        {
            var sb = new StringBuilder(text.Length + 2).Append('"');
            foreach (var c in text)
            {
                _ = c switch
                {
                    '"' => sb.Append("\\\""),
                    '\\' => sb.Append("\\\\"),
                    '\n' => sb.Append("\\n"),
                    '\t' => sb.Append("\\t"),
                    _ => sb.Append(c),
                };
            }

            return sb.Append('"').ToString();
        }
    }
}
