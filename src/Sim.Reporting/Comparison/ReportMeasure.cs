using Sim.Reporting.Runs;

namespace Sim.Reporting.Comparison;

/// <summary>
/// A figure the report tabulates and compares: a region_month column (or the difference of two) taken as a level
/// at the reference month or as a total over the run.
/// </summary>
/// <param name="Id">Short id.</param>
/// <param name="Label">Caption.</param>
/// <param name="Unit">Unit of the values (persons, %, KZT/m2/month).</param>
/// <param name="Kind">Level or total.</param>
/// <param name="Plus">The column.</param>
/// <param name="Minus">A column subtracted from <paramref name="Plus"/> (net flows), or null.</param>
/// <param name="RegionalOnly">True when the national value is meaningless (internal moves net to zero).</param>
/// <param name="Factor">Display factor (100 for a ratio shown as %).</param>
public sealed record ReportMeasure(string Id, string Label, string Unit, MeasureKind Kind, string Plus, string? Minus = null, bool RegionalOnly = false, double Factor = 1)
{
    /// <summary>The value for one run: <paramref name="region"/> = -1 for the nation.</summary>
    public double ValueOf(RunData run, int region, int referenceMonth)
    {
        var value = Series(run, Plus, region, referenceMonth) - (Minus is null ? 0 : Series(run, Minus, region, referenceMonth));
        return value * Factor;
    }

    private double Series(RunData run, string column, int region, int referenceMonth)
    {
        double At(int m) => region < 0
            ? (IndicatorCatalog.National(run, column) ?? throw new ReportInputException($"{run.Folder}: indicator '{column}' has no national value"))[m]
            : run.Value(column, m, region);
        if (Kind == MeasureKind.Level)
        {
            return At(referenceMonth);
        }

        var national = region < 0 ? IndicatorCatalog.National(run, column) : null;
        var sum = 0.0;
        for (var m = 0; m <= referenceMonth; m++)
        {
            sum += national is null ? run.Value(column, m, region) : national[m];
        }

        return sum;
    }
}
