using System.Globalization;
using Sim.Model.Scenarios;

namespace Sim.Run.Bench.Ensemble;

/// <summary>
/// Options of the ensemble benchmark: <c>ensemble [--scenario F] [--scale F] [--members N] [--end YYYY-MM] [--repeat N]
/// [--variants a,b,...]</c>. Variants: <c>concurrent</c> (one <c>sim ensemble</c>, members at once),
/// <c>one-at-a-time</c> (one <c>sim ensemble --concurrency 1</c>) and <c>single-runs</c> (N <c>sim run</c>s one after
/// another, each its own process).
/// </summary>
/// <param name="Scenario">Scenario file.</param>
/// <param name="Scale">Agents per person.</param>
/// <param name="Members">Members of the ensemble, and single runs of the sequential variant.</param>
/// <param name="End">Last simulated month, YYYY-MM.</param>
/// <param name="Repeat">Rounds; in each the variants run one after another so all see the same load.</param>
/// <param name="Variants">The variants, in the order they alternate.</param>
internal sealed record EnsembleBenchOptions(string Scenario, double Scale, int Members, string End, int Repeat, IReadOnlyList<string> Variants)
{
    /// <summary>One <c>sim ensemble</c> with the members run at once (one per processor).</summary>
    public const string Concurrent = "concurrent";

    /// <summary>One <c>sim ensemble --concurrency 1</c>: the same host, members one after another.</summary>
    public const string OneAtATime = "one-at-a-time";

    /// <summary>N <c>sim run</c>s one after another, each in a process of its own.</summary>
    public const string SingleRuns = "single-runs";

    private const string Allowed = "allowed --scenario FILE, --scale " + PopulationParameters.ScaleRange + ", --members 1..500, --end YYYY-MM, --repeat N>=1, --variants concurrent,one-at-a-time,single-runs";

    public static EnsembleBenchOptions Parse(string[] args)
    {
        var options = new EnsembleBenchOptions(Path.Combine("scenarios", "baseline.yaml"), 0.05, 20, "2023-12", 3, [Concurrent, OneAtATime, SingleRuns]);
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"ensemble: {name} needs a value; {Allowed}");
            options = name switch
            {
                "--scenario" => options with { Scenario = Value() },
                "--scale" => options with { Scale = Number(name, Value(), double.Parse) },
                "--members" => options with { Members = Number(name, Value(), int.Parse) },
                "--end" => options with { End = Value() },
                "--repeat" => options with { Repeat = Number(name, Value(), int.Parse) },
                "--variants" => options with { Variants = Value().Split(',', StringSplitOptions.TrimEntries) },
                _ => throw new ArgumentException($"ensemble: unknown option {name}; {Allowed}"),
            };
        }

        if (!PopulationParameters.IsAllowedScale(options.Scale) || options.Repeat < 1 || options.Members is < 1 or > 500
            || options.Variants.Count == 0 || options.Variants.Any(v => v is not (Concurrent or OneAtATime or SingleRuns))
            || options.Variants.Distinct().Count() != options.Variants.Count)
        {
            throw new ArgumentException(FormattableString.Invariant(
                $"ensemble: --scale {options.Scale}, --members {options.Members}, --repeat {options.Repeat}, --variants {string.Join(',', options.Variants)}; {Allowed}"));
        }

        return options;
    }

    private static T Number<T>(string name, string value, Func<string, IFormatProvider, T> parse)
    {
        try
        {
            return parse(value, CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            throw new ArgumentException($"ensemble: {name} {value} is not a number; {Allowed}");
        }
    }
}
