using System.Globalization;
using Sim.Model;
using Sim.Model.Population;
using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <summary>
/// Checks a merged scenario tree against <see cref="ScenarioSchema.Root"/>: unknown keys (with a suggestion),
/// types, ranges, months, region codes, shares, and required keys. Collects every problem rather than stopping.
/// </summary>
internal sealed class ScenarioValidator(IReadOnlySet<string>? regionCodes, List<ScenarioError> errors)
{
    public void Validate(SourceMap root) => Walk(root, ScenarioSchema.Root, string.Empty, partial: false);

    private void Walk(SourceNode node, SchemaNode schema, string path, bool partial)
    {
        switch (schema)
        {
            case SchemaMap map:
                WalkMap(node, map, path, partial);
                break;
            case SchemaKeyedMap keyed:
                WalkKeyed(node, keyed, path);
                break;
            case SchemaList list:
                if (node is not SourceSequence seq)
                {
                    Error(node, path, "a list", $"expected a list but found {Describe(node)}");
                    return;
                }

                for (var i = 0; i < seq.Items.Count; i++)
                {
                    Walk(seq.Items[i], list.Item, FormattableString.Invariant($"{path}[{i}]"), false);
                }

                break;
            case SchemaNumber number:
                CheckNumber(node, number, path);
                break;
            case SchemaScalar scalar:
                CheckScalar(node, scalar, path);
                break;
        }
    }

    private void WalkMap(SourceNode node, SchemaMap map, string path, bool partial)
    {
        if (node is not SourceMap ymap)
        {
            Error(node, path, "a map", $"expected a map of keys but found {Describe(node)}");
            return;
        }

        foreach (var entry in ymap.Entries)
        {
            var childPath = Join(path, entry.Key);
            var property = map.Find(entry.Key);
            if (property is null)
            {
                var known = map.Properties.Select(p => p.Key).ToList();
                var suggestion = Suggest(entry.Key, known);
                errors.Add(new ScenarioError(entry.File, entry.Line, entry.Column, childPath, entry.Key,
                    string.Join(", ", known),
                    $"unknown key '{entry.Key}'" + (suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?")
                    + (suggestion is null ? $" allowed: {string.Join(", ", known)}" : string.Empty)));
                continue;
            }

            if (property.Key == "extends")
            {
                continue;
            }

            Walk(entry.Value, property.Node, childPath, false);
        }

        if (partial)
        {
            return;
        }

        foreach (var property in map.Properties)
        {
            if (property.Required && ymap.Find(property.Key) is null)
            {
                errors.Add(new ScenarioError(ymap.File, ymap.Line, ymap.Column, Join(path, property.Key), null,
                    property.Node.Description, $"missing required key '{property.Key}' ({property.Node.Description})"));
            }
        }
    }

    private void WalkKeyed(SourceNode node, SchemaKeyedMap keyed, string path)
    {
        if (node is SourceScalar { IsNull: true })
        {
            return;
        }

        if (node is not SourceMap ymap)
        {
            Error(node, path, "a map", $"expected a map but found {Describe(node)}");
            return;
        }

        SourceEntry? earliest = null;
        var earliestMonth = default(YearMonth);
        var sum = 0.0;
        var allNumbers = true;
        foreach (var entry in ymap.Entries)
        {
            var childPath = Join(path, entry.Key);
            if (!CheckKey(entry, keyed.Keys, childPath))
            {
                continue;
            }

            if (keyed.Keys == SchemaKeyKind.Month && YearMonth.TryParse(entry.Key, out var month)
                && (earliest is null || month < earliestMonth))
            {
                earliest = entry;
                earliestMonth = month;
            }

            Walk(entry.Value, keyed.Value, childPath, keyed.PartialEntries);
            if (entry.Value is SourceScalar s && double.TryParse(s.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            {
                sum += v;
            }
            else
            {
                allNumbers = false;
            }
        }

        if (keyed.SharesSumToOne && allNumbers && ymap.Entries.Count > 0 && Math.Abs(sum - 1) > 0.005)
        {
            errors.Add(new ScenarioError(ymap.File, ymap.Line, ymap.Column, path,
                sum.ToString("0.####", CultureInfo.InvariantCulture), "shares adding up to 1 (±0.005)",
                FormattableString.Invariant($"shares add up to {sum:0.####}; allowed 1 (±0.005)")));
        }

        if (keyed.PartialEntries && earliest?.Value is SourceMap first && keyed.Value is SchemaMap fields)
        {
            foreach (var property in fields.Properties)
            {
                if (first.Find(property.Key) is null)
                {
                    errors.Add(new ScenarioError(earliest.File, earliest.Line, earliest.Column, Join(Join(path, earliest.Key), property.Key),
                        null, property.Node.Description,
                        $"the earliest entry of a lever must set every field; '{property.Key}' is missing"));
                }
            }
        }

        if (keyed.PartialEntries && ymap.Entries.Count == 0)
        {
            Error(ymap, path, "at least one dated entry", "a lever needs at least one dated entry");
        }
    }

    private bool CheckKey(SourceEntry entry, SchemaKeyKind kind, string path)
    {
        if (kind == SchemaKeyKind.Month && YearMonth.TryParse(entry.Key, out var month) && !ModelPeriod.Contains(month))
        {
            errors.Add(new ScenarioError(entry.File, entry.Line, entry.Column, path, entry.Key, ModelPeriod.Description, OutsidePeriod(entry.Key)));
            return false;
        }

        var (ok, allowed, candidates) = kind switch
        {
            SchemaKeyKind.Month => (YearMonth.TryParse(entry.Key, out _), "a month YYYY-MM", (IReadOnlyList<string>?)null),
            SchemaKeyKind.Region => (regionCodes is null || regionCodes.Contains(entry.Key), "a region code", regionCodes?.Order(StringComparer.Ordinal).ToList()),
            SchemaKeyKind.Origin => (Names.TryParseOrigin(entry.Key, out _), "a citizenship group", Names.OriginKeys),
            SchemaKeyKind.Profession => (Names.TryParseProfession(entry.Key, out _), "a profession group", Names.ProfessionScenarioKeys),
            _ => (entry.Key.Length > 0, "a name", null),
        };
        if (ok)
        {
            return true;
        }

        var allowedText = candidates is null ? allowed : string.Join(", ", candidates);
        var suggestion = candidates is null ? null : Suggest(entry.Key, candidates);
        errors.Add(new ScenarioError(entry.File, entry.Line, entry.Column, path, entry.Key, allowedText,
            $"key '{entry.Key}' is not {allowed}" + (suggestion is null ? $"; allowed {allowedText}" : $"; did you mean '{suggestion}'?")));
        return false;
    }

    private void CheckNumber(SourceNode node, SchemaNumber number, string path)
    {
        if (node is not SourceScalar s || s.Quoted
            || !double.TryParse(s.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || double.IsNaN(value) || double.IsInfinity(value))
        {
            Error(node, path, number.Allowed, $"expected a number but found {Describe(node)}; allowed {number.Allowed}");
            return;
        }

        if (number.Integer && Math.Floor(value) != value)
        {
            Error(node, path, number.Allowed, $"value {s.Text} is not a whole number; allowed {number.Allowed}");
        }
        else if (value > number.Max || value < number.Min || (number.MinExclusive && value <= number.Min))
        {
            Error(node, path, number.Allowed, $"value {s.Text} is out of range; allowed {number.Allowed}");
        }
    }

    private void CheckScalar(SourceNode node, SchemaScalar scalar, string path)
    {
        if (node is not SourceScalar s)
        {
            Error(node, path, "a single value", $"expected a single value but found {Describe(node)}");
            return;
        }

        switch (scalar.Kind)
        {
            case SchemaScalarKind.Month when !YearMonth.TryParse(s.Text, out _):
                Error(node, path, "YYYY-MM", $"'{s.Text}' is not a valid month; allowed YYYY-MM (e.g. 2023-01)");
                break;
            case SchemaScalarKind.Month when !ModelPeriod.Contains(YearMonth.Parse(s.Text)):
                Error(node, path, ModelPeriod.Description, OutsidePeriod(s.Text));
                break;
            case SchemaScalarKind.Boolean when s.Quoted || s.Text is not ("true" or "false"):
                Error(node, path, "true or false", $"expected true or false but found {Describe(node)}");
                break;
            case SchemaScalarKind.Path when !File.Exists(ScenarioPaths.Resolve(s)):
                Error(node, path, "an existing file relative to " + s.File,
                    $"file '{s.Text}' does not exist (relative to {s.File})");
                break;
            case SchemaScalarKind.Region when regionCodes is not null && !regionCodes.Contains(s.Text):
                Error(node, path, "a region code", $"'{s.Text}' is not a region code" + SuggestText(s.Text, regionCodes.ToList()));
                break;
            case SchemaScalarKind.Origin when !Names.TryParseOrigin(s.Text, out _):
                Error(node, path, string.Join(", ", Names.OriginKeys), $"'{s.Text}' is not a citizenship group" + SuggestText(s.Text, Names.OriginKeys));
                break;
            case SchemaScalarKind.Profession when !Names.TryParseProfession(s.Text, out _):
                Error(node, path, string.Join(", ", Names.ProfessionScenarioKeys), $"'{s.Text}' is not a profession group" + SuggestText(s.Text, Names.ProfessionScenarioKeys));
                break;
            case SchemaScalarKind.Choice when s.Quoted || !scalar.Choices.Contains(s.Text):
                Error(node, path, string.Join(", ", scalar.Choices), $"{Describe(node)} is not allowed; allowed {string.Join(", ", scalar.Choices)}");
                break;
            case SchemaScalarKind.Text when s.IsNull:
                Error(node, path, "text", "expected text but found nothing");
                break;
        }
    }

    private void Error(SourceNode node, string path, string allowed, string message) =>
        errors.Add(new ScenarioError(node.File, node.Line, node.Column, path, (node as SourceScalar)?.Text, allowed, message));

    private static string Describe(SourceNode node) => node switch
    {
        SourceScalar { IsNull: true } => "nothing",
        SourceScalar s => $"'{s.Text}'",
        _ => node.Describe(),
    };

    private static string OutsidePeriod(string month) =>
        $"month {month} is outside the period the model has data for; allowed {ModelPeriod.Description}";

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    private static string SuggestText(string key, IReadOnlyList<string> candidates)
    {
        var s = Suggest(key, candidates);
        return s is null ? $"; allowed {string.Join(", ", candidates.Order(StringComparer.Ordinal))}" : $"; did you mean '{s}'?";
    }

    /// <summary>The closest candidate by edit distance, if it is close enough to be a likely typo.</summary>
    internal static string? Suggest(string key, IReadOnlyList<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var c in candidates)
        {
            var d = EditDistance(key.ToLowerInvariant(), c.ToLowerInvariant());
            if (d < bestDistance)
            {
                bestDistance = d;
                best = c;
            }
        }

        return best is not null && bestDistance <= Math.Max(2, key.Length / 3) ? best : null;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
