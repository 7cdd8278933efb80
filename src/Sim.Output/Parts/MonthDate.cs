using Sim.Model;
using Sim.Model.Population;

namespace Sim.Output.Parts;

/// <summary>Months as Parquet DATE values: the first day of the month.</summary>
public static class MonthDate
{
    // Snapshots convert three compact months per person (tens of millions of rows); a table indexed by the
    // compact month (a short) replaces a DateOnly construction per value with one load.
    private static readonly DateOnly[] ByCompact = BuildTable();

    /// <summary>The first day of <paramref name="month"/>.</summary>
    public static DateOnly Of(YearMonth month) => new(month.Year, month.Month, 1);

    /// <summary>The first day of a compact month; false for <see cref="PersonTable.NoMonth"/>.</summary>
    public static bool TryOfCompact(short compact, out DateOnly date)
    {
        date = ByCompact[compact - short.MinValue];
        return compact != PersonTable.NoMonth;
    }

    private static DateOnly[] BuildTable()
    {
        var table = new DateOnly[ushort.MaxValue + 1];
        for (var c = short.MinValue; c < short.MaxValue; c++)
        {
            var month = YearMonth.FromCompact(c);
            table[c - short.MinValue] = month.Year is >= 1 and <= 9999 ? Of(month) : default;
        }

        return table;
    }
}
