using System.Globalization;

namespace Sim.Report.Bench;

/// <summary>
/// Options: <c>[--members N] [--scale F] [--end YYYY-MM] [--scenario F] [--work DIR] [--repeat N]</c>. The members are
/// run once into <c>WORK/ensemble</c> and reused by later invocations with the same work folder.
/// </summary>
internal sealed record ReportBenchOptions(int Members, double Scale, string End, string Scenario, string Work, int Repeat)
{
    public static ReportBenchOptions Parse(string[] args)
    {
        var options = new ReportBenchOptions(20, 0.1, "2030-12", Path.Combine("scenarios", "baseline.yaml"), Path.Combine("out", "bench-report"), 3);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--members" => options with { Members = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--scale" => options with { Scale = double.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--end" => options with { End = args[++i] },
                "--scenario" => options with { Scenario = args[++i] },
                "--work" => options with { Work = args[++i] },
                "--repeat" => options with { Repeat = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]}; allowed --members, --scale, --end, --scenario, --work, --repeat"),
            };
        }

        return options;
    }
}
