namespace Sim.Model.Scenarios;

/// <summary>
/// A step function of months: the value set at a month holds until the next month listed; before the first
/// month the first value holds. Shocks use <see cref="Exactly"/> instead (only the months listed).
/// </summary>
public sealed class MonthSeries
{
    private readonly YearMonth[] _months;
    private readonly double[] _values;

    /// <summary>Creates a series from (month, value) points in any order.</summary>
    public MonthSeries(IEnumerable<KeyValuePair<YearMonth, double>> points)
    {
        var sorted = points.OrderBy(p => p.Key).ToArray();
        _months = sorted.Select(p => p.Key).ToArray();
        _values = sorted.Select(p => p.Value).ToArray();
    }

    /// <summary>A series without points (every value is 0).</summary>
    public static MonthSeries Empty { get; } = new([]);

    /// <summary>The points, in month order.</summary>
    public IReadOnlyList<KeyValuePair<YearMonth, double>> Points =>
        _months.Select((m, i) => new KeyValuePair<YearMonth, double>(m, _values[i])).ToList();

    /// <summary>Whether the series has no points.</summary>
    public bool IsEmpty => _months.Length == 0;

    /// <summary>The value in force in <paramref name="month"/> (0 for an empty series).</summary>
    public double At(YearMonth month)
    {
        if (_months.Length == 0)
        {
            return 0;
        }

        var result = _values[0];
        for (var i = 0; i < _months.Length && _months[i] <= month; i++)
        {
            result = _values[i];
        }

        return result;
    }

    /// <summary>The value listed for exactly <paramref name="month"/>, else 0.</summary>
    public double Exactly(YearMonth month)
    {
        var i = Array.IndexOf(_months, month);
        return i < 0 ? 0 : _values[i];
    }

    /// <summary>This series with the points of <paramref name="overlay"/> added; the overlay wins on equal months.</summary>
    public MonthSeries Overlay(MonthSeries overlay)
    {
        var points = new Dictionary<YearMonth, double>();
        for (var i = 0; i < _months.Length; i++)
        {
            points[_months[i]] = _values[i];
        }

        for (var i = 0; i < overlay._months.Length; i++)
        {
            points[overlay._months[i]] = overlay._values[i];
        }

        return new MonthSeries(points);
    }
}
