using System.Globalization;
using Sim.Model;
using Sim.Model.Population;
using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <summary>Typed access to a validated scenario map (the binder's view of the tree).</summary>
internal sealed class YReader(YMap map)
{
    public YMap Map { get; } = map;

    public YNode Node(string key) =>
        Map.Find(key)?.Value ?? throw new InvalidOperationException($"scenario key '{key}' is missing after validation");

    public bool Has(string key) => Map.Find(key) is not null;

    public YReader Child(string key) => new(Node(key) as YMap ?? new YMap(Map.File, Map.Line, Map.Column, []));

    public string Text(string key) => ((YScalar)Node(key)).Text;

    public double Num(string key) => ParseNumber((YScalar)Node(key));

    public int Int(string key) => (int)Num(key);

    public bool Bool(string key) => Text(key) == "true";

    public YearMonth Month(string key) => YearMonth.Parse(Text(key));

    public string FilePath(string key) => ScenarioPaths.Resolve((YScalar)Node(key));

    public IEnumerable<YEntry> Entries(string key) => (Node(key) as YMap)?.Entries ?? [];

    public MonthSeries Series(string key) =>
        new(Entries(key).Select(e => new KeyValuePair<YearMonth, double>(YearMonth.Parse(e.Key), ParseNumber((YScalar)e.Value))));

    public IReadOnlyDictionary<string, double> ByRegion(string key) =>
        Entries(key).ToDictionary(e => e.Key, e => ParseNumber((YScalar)e.Value), StringComparer.Ordinal);

    public double[] ByProfession(string key)
    {
        var values = new double[Names.ProfessionCount];
        foreach (var e in Entries(key))
        {
            Names.TryParseProfession(e.Key, out var p);
            values[(int)p] = ParseNumber((YScalar)e.Value);
        }

        return values;
    }

    public double[] ByOrigin(string key)
    {
        var values = new double[Names.OriginCount];
        foreach (var e in Entries(key))
        {
            Names.TryParseOrigin(e.Key, out var o);
            values[(int)o] = ParseNumber((YScalar)e.Value);
        }

        return values;
    }

    public IReadOnlyList<string> Strings(string key) =>
        ((YSeq)Node(key)).Items.Cast<YScalar>().Select(s => s.Text).ToList();

    public static double ParseNumber(YScalar scalar) => double.Parse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>
    /// Binds a dated lever: entries in month order, each merged over the previous one so fields carry forward.
    /// </summary>
    public LeverTimeline<T> Timeline<T>(string key, Func<YReader, T> bind)
        where T : class
    {
        var ordered = Entries(key).OrderBy(e => YearMonth.Parse(e.Key)).ToList();
        var accumulated = new YMap(Map.File, Map.Line, Map.Column, []);
        var changes = new List<KeyValuePair<YearMonth, T>>(ordered.Count);
        foreach (var e in ordered)
        {
            accumulated = YMap.Merge(accumulated, (YMap)e.Value);
            changes.Add(new KeyValuePair<YearMonth, T>(YearMonth.Parse(e.Key), bind(new YReader(accumulated))));
        }

        return new LeverTimeline<T>(changes);
    }
}
