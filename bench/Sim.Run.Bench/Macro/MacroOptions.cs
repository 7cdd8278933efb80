using System.Globalization;
using Sim.Model.Scenarios;

namespace Sim.Run.Bench.Macro;

/// <summary>
/// Options of the whole-run benchmark:
/// <c>macro [--scenario F] [--scale F] [--silos N | --compare-silos A,B] [--repeat N] [--model]</c>.
/// <c>--child</c> (hidden) is how the benchmark re-invokes itself: one run in this process, its figures as one JSON line.
/// </summary>
/// <param name="Scenario">Scenario file.</param>
/// <param name="Scale">Agents per person.</param>
/// <param name="Silos">Silos of every run (without <paramref name="CompareSilos"/>).</param>
/// <param name="Repeat">Runs per silo count; the figures are their medians.</param>
/// <param name="CompareSilos">Two silo counts whose runs alternate, compared side by side; null for one count.</param>
/// <param name="ModelOnly">Run the model alone in this process (no grains, no outputs).</param>
/// <param name="Child">This process is one measured run started by the benchmark.</param>
/// <param name="Cluster">A child run's cluster (<c>sim run --cluster</c>) instead of embedded silos; set by the <c>cluster</c> mode.</param>
internal sealed record MacroOptions(string Scenario, double Scale, int Silos, int Repeat, int[]? CompareSilos, bool ModelOnly, bool Child, string? Cluster = null)
{
    private const string Allowed = "allowed --scenario FILE, --scale " + PopulationParameters.ScaleRange + ", --silos N, --compare-silos A,B, --repeat N>=1, --model";

    /// <summary>The silo counts to run, in the order their runs alternate.</summary>
    public IReadOnlyList<int> SiloCounts => CompareSilos ?? [Silos];

    public static MacroOptions Parse(string[] args)
    {
        var options = new MacroOptions(Path.Combine("scenarios", "baseline.yaml"), 1.0, 1, 3, null, false, false);
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"macro: {name} needs a value; {Allowed}");
            options = name switch
            {
                "--scenario" => options with { Scenario = Value() },
                "--scale" => options with { Scale = Number(name, Value(), double.Parse) },
                "--silos" => options with { Silos = Number(name, Value(), int.Parse) },
                "--repeat" => options with { Repeat = Number(name, Value(), int.Parse) },
                "--compare-silos" => options with { CompareSilos = SiloList(Value()) },
                "--model" => options with { ModelOnly = true },
                "--child" => options with { Child = true },
                "--cluster" => options with { Cluster = Value() },
                _ => throw new ArgumentException($"macro: unknown option {name}; {Allowed}"),
            };
        }

        if (!PopulationParameters.IsAllowedScale(options.Scale) || options.Repeat < 1 || options.Silos < 1)
        {
            throw new ArgumentException(FormattableString.Invariant(
                $"macro: --scale {options.Scale}, --silos {options.Silos}, --repeat {options.Repeat}; {Allowed}"));
        }

        return options;
    }

    /// <summary>The options of one child run with <paramref name="silos"/> silos, as its command line.</summary>
    public string[] ChildArguments(int silos) =>
    [
        "macro", "--child", "--scenario", Path.GetFullPath(Scenario),
        "--scale", Scale.ToString("R", CultureInfo.InvariantCulture),
        "--silos", silos.ToString(CultureInfo.InvariantCulture),
    ];

    /// <summary>The options of one child run submitted to the cluster at <paramref name="connection"/> (of <paramref name="silos"/> silos, for the figures).</summary>
    public string[] ClusterChildArguments(int silos, string connection) => [.. ChildArguments(silos), "--cluster", connection];

    private static T Number<T>(string name, string value, Func<string, IFormatProvider, T> parse)
    {
        try
        {
            return parse(value, CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            throw new ArgumentException($"macro: {name} {value} is not a number; {Allowed}");
        }
    }

    private static int[] SiloList(string value)
    {
        var parts = value.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1) || parts[0] == parts[1])
        {
            throw new ArgumentException($"macro: --compare-silos {value}: allowed two different silo counts, e.g. 1,3");
        }

        return [.. parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture))];
    }
}
