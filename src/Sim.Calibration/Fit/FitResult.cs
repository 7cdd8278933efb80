namespace Sim.Calibration.Fit;

/// <summary>The fit of one run: comparisons, regional tables and chart series.</summary>
/// <param name="Label">What run this is (folder or seed).</param>
/// <param name="Comparisons">Every comparison, targets first.</param>
/// <param name="Regional">Regional tables (populations by date, net internal migration by year).</param>
/// <param name="Series">Chart series (Russian stock, rent indices).</param>
/// <param name="Skipped">Observations outside the run and why they were not compared.</param>
public sealed record FitResult(
    string Label,
    IReadOnlyList<FitComparison> Comparisons,
    IReadOnlyList<RegionalComparison> Regional,
    IReadOnlyList<FitSeries> Series,
    IReadOnlyList<string> Skipped)
{
    /// <summary>The comparison with key <paramref name="id"/>, or null.</summary>
    public FitComparison? Find(string id) => Comparisons.FirstOrDefault(c => c.Id == id);
}
