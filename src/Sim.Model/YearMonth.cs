using System.Globalization;

namespace Sim.Model;

/// <summary>
/// A calendar month, stored as a single month index (<c>year * 12 + month - 1</c>) so that
/// month arithmetic is integer arithmetic. Scenario dates are written <c>YYYY-MM</c>.
/// </summary>
public readonly record struct YearMonth : IComparable<YearMonth>
{
    /// <summary>The first month representable in the compact <see cref="short"/> birth-month column.</summary>
    public static readonly YearMonth CompactEpoch = new(1850, 1);

    /// <summary>Creates a month from a year and a month of the year (1..12).</summary>
    public YearMonth(int year, int month)
    {
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "month must be 1..12");
        }

        Index = (year * 12) + month - 1;
    }

    private YearMonth(int index, bool _) => Index = index;

    /// <summary>Months since January of year 0.</summary>
    public int Index { get; }

    /// <summary>The calendar year.</summary>
    public int Year => Index / 12;

    /// <summary>The month of the year, 1..12.</summary>
    public int Month => (Index % 12) + 1;

    /// <summary>Creates a month from its month index.</summary>
    public static YearMonth FromIndex(int index) => new(index, true);

    /// <summary>This month as months since <see cref="CompactEpoch"/>, the unit of the birth-month column.</summary>
    public short ToCompact() => checked((short)(Index - CompactEpoch.Index));

    /// <summary>The month a compact month value stands for.</summary>
    public static YearMonth FromCompact(short compact) => FromIndex(CompactEpoch.Index + compact);

    /// <summary>The month <paramref name="months"/> later (earlier when negative).</summary>
    public YearMonth AddMonths(int months) => FromIndex(Index + months);

    /// <summary>Whole months from <paramref name="other"/> to this month.</summary>
    public int MonthsSince(YearMonth other) => Index - other.Index;

    /// <summary>Parses <c>YYYY-MM</c>; returns false for anything else.</summary>
    public static bool TryParse(string? text, out YearMonth value)
    {
        value = default;
        if (text is null || text.Length != 7 || text[4] != '-')
        {
            return false;
        }

        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || month is < 1 or > 12 || year < 1900 || year > 2200)
        {
            return false;
        }

        value = new YearMonth(year, month);
        return true;
    }

    /// <summary>Parses <c>YYYY-MM</c> or throws <see cref="FormatException"/>.</summary>
    public static YearMonth Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a YYYY-MM month");

    /// <inheritdoc />
    public int CompareTo(YearMonth other) => Index.CompareTo(other.Index);

    /// <summary>Compares months.</summary>
    public static bool operator <(YearMonth left, YearMonth right) => left.Index < right.Index;

    /// <summary>Compares months.</summary>
    public static bool operator >(YearMonth left, YearMonth right) => left.Index > right.Index;

    /// <summary>Compares months.</summary>
    public static bool operator <=(YearMonth left, YearMonth right) => left.Index <= right.Index;

    /// <summary>Compares months.</summary>
    public static bool operator >=(YearMonth left, YearMonth right) => left.Index >= right.Index;

    /// <summary>The month as <c>YYYY-MM</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
