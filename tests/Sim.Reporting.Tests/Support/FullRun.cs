using Sim.Reporting.Comparison;

namespace Sim.Reporting.Tests.Support;

/// <summary>A tiny run with every column the report needs: 1 everywhere, population_end as given.</summary>
internal static class FullRun
{
    public static TinyRun Create(ulong seed, double aaaPopulation, double bbbPopulation, IReadOnlyList<DateOnly>? months = null)
    {
        var run = new TinyRun { Seed = seed, Months = months ?? [new(2029, 11, 1), new(2029, 12, 1), new(2030, 1, 1)] };
        foreach (var column in ReportMeasures.RequiredColumns)
        {
            var values = new double[run.Months.Count, 2];
            for (var m = 0; m < run.Months.Count; m++)
            {
                values[m, 0] = column == "population_end" ? aaaPopulation : column == "unemployment_rate" ? 0.5 : 1;
                values[m, 1] = column == "population_end" ? bbbPopulation : column == "unemployment_rate" ? 0.5 : 1;
            }

            run.Columns[column] = values;
        }

        return run;
    }
}
