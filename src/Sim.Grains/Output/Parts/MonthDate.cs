using Sim.Model;
using Sim.Model.Population;

namespace Sim.Grains.Output.Parts;

/// <summary>Months as Parquet DATE values: the first day of the month.</summary>
public static class MonthDate
{
    /// <summary>The first day of <paramref name="month"/>.</summary>
    public static DateOnly Of(YearMonth month) => new(month.Year, month.Month, 1);

    /// <summary>The first day of a compact month; false for <see cref="PersonTable.NoMonth"/>.</summary>
    public static bool TryOfCompact(short compact, out DateOnly date)
    {
        if (compact == PersonTable.NoMonth)
        {
            date = default;
            return false;
        }

        date = Of(YearMonth.FromCompact(compact));
        return true;
    }
}
