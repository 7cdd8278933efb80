using Sim.Parquet;

namespace Sim.Run.Bench.Macro;

/// <summary>Figures read back from a finished run folder.</summary>
internal static class RunFolderFigures
{
    /// <summary>The largest resident population at the end of any month (agents), from <c>region_month</c>.</summary>
    public static long MaxResidents(string runFolder)
    {
        var byMonth = new Dictionary<DateOnly, long>();
        foreach (var file in Directory.GetFiles(Path.Combine(runFolder, "region_month"), "*.parquet"))
        {
            using var reader = ParquetFileReader.Open(file);
            var months = reader.ReadAll<DateOnly>("month");
            var population = reader.ReadAll<long>("population_end");
            for (var i = 0; i < months.Length; i++)
            {
                byMonth[months[i]] = byMonth.GetValueOrDefault(months[i]) + population[i];
            }
        }

        return byMonth.Values.Max();
    }
}
