namespace Sim.Model.Scenarios;

/// <summary>The values of one lever from each effective month on (fields already carried forward).</summary>
/// <typeparam name="T">The lever record.</typeparam>
public sealed class LeverTimeline<T>
    where T : class
{
    private readonly YearMonth[] _months;
    private readonly T[] _values;

    /// <summary>Creates a timeline from (effective month, complete value) pairs.</summary>
    public LeverTimeline(IEnumerable<KeyValuePair<YearMonth, T>> changes)
    {
        var sorted = changes.OrderBy(c => c.Key).ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("a lever needs at least one entry", nameof(changes));
        }

        _months = sorted.Select(c => c.Key).ToArray();
        _values = sorted.Select(c => c.Value).ToArray();
    }

    /// <summary>The effective months and values, in order.</summary>
    public IReadOnlyList<KeyValuePair<YearMonth, T>> Changes =>
        _months.Select((m, i) => new KeyValuePair<YearMonth, T>(m, _values[i])).ToList();

    /// <summary>The value in force in <paramref name="month"/> (the earliest entry before its month).</summary>
    public T At(YearMonth month)
    {
        var result = _values[0];
        for (var i = 0; i < _months.Length && _months[i] <= month; i++)
        {
            result = _values[i];
        }

        return result;
    }
}
