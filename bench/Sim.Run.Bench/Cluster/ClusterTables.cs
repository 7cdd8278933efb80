using System.Globalization;
using Sim.Run.Bench.Common;
using Sim.Run.Bench.Macro;

namespace Sim.Run.Bench.Cluster;

/// <summary>The cluster benchmark's Markdown tables: every run, then the medians of each side and their ratio.</summary>
internal static class ClusterTables
{
    public static void PrintRuns(List<ClusterRunFigures> runs)
    {
        Console.WriteLine("| run | side | wall | CPU, all processes | of which silo processes | peak memory, all processes (summed) | person-months/s | load (1, 5, 15 min) after |");
        Console.WriteLine("| ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |");
        for (var i = 0; i < runs.Count; i++)
        {
            var f = runs[i];
            Console.WriteLine($"| {i + 1} | {Side(f)} | {f.Run.WallSeconds:0.00} s | {f.TotalCpuSeconds:0.00} s | {f.SiloCpuSeconds:0.00} s | " +
                $"{f.TotalPeakBytes / 1e6:0} MB | {f.Run.PersonMonthsPerSecond / 1e6:0.00} M | {f.Load} |");
        }
    }

    public static void PrintMedians(ClusterOptions options, List<ClusterRunFigures> runs)
    {
        var figures = new (string Name, Func<ClusterRunFigures, double> Value, string Format)[]
        {
            ("wall time of `sim run`, end to end", f => f.Run.WallSeconds, "0.00 s"),
            ("of which synthesis (run grain start)", f => f.Run.StartSeconds, "0.00 s"),
            ("of which months (incl. the person snapshots)", f => f.Run.SimulateSeconds, "0.00 s"),
            ("of which completion (region_month, flows, manifest)", f => f.Run.CompleteSeconds, "0.00 s"),
            ("CPU time, every process of the side", f => f.TotalCpuSeconds, "0.00 s"),
            ("CPU time of the `sim run` process", f => f.Run.CpuSeconds, "0.00 s"),
            ("CPU time of the silo processes (during the run)", f => f.SiloCpuSeconds, "0.00 s"),
            ("minor page faults of the silo processes (during the run)", f => f.SiloMinorFaults, "N0"),
            ("peak memory, every process of the side (summed)", f => f.TotalPeakBytes / 1e6, "0 MB"),
            ("peak working set of the `sim run` process", f => f.Run.PeakWorkingSetBytes / 1e6, "0 MB"),
            ("peak resident set of the silo processes (summed)", f => f.SiloPeakBytes / 1e6, "0 MB"),
            ("person-months/s (end to end)", f => f.Run.PersonMonthsPerSecond / 1e6, "0.00 M"),
        };
        var first = runs[0].Run;
        Console.WriteLine($"Medians of {options.Repeat} run(s) a side, scale {options.Scale.ToString("R", CultureInfo.InvariantCulture)}: " +
            $"{first.PersonMonths:N0} person-months, largest population {first.Residents:N0} agents, {first.OutputBytes / 1e6:0} MB of output.");
        Console.WriteLine();
        Console.WriteLine($"| figure | embedded, 1 silo | {ClusterOptions.Silos} silo processes + client | ratio cluster/embedded |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var (name, value, format) in figures)
        {
            var embedded = Stats.Median(runs.Where(f => !f.IsCluster).Select(value));
            var cluster = Stats.Median(runs.Where(f => f.IsCluster).Select(value));
            var ratio = embedded > 0 ? (cluster / embedded).ToString("0.00", CultureInfo.InvariantCulture) + "x" : "-";
            Console.WriteLine($"| {name} | {RunMacro.Format(embedded, format)} | {RunMacro.Format(cluster, format)} | {ratio} |");
        }
    }

    private static string Side(ClusterRunFigures f) => f.IsCluster ? $"{ClusterOptions.Silos} silo processes + client" : "embedded, 1 silo";
}
