using System.Globalization;
using Sim.Model.Scenarios;

namespace Sim.Run.Bench.Barrier;

/// <summary>Options of the month-barrier benchmark: <c>barrier [--scenario F] [--scale F] [--silos A,B,...] [--repeat N] [--no-warmup]</c>.</summary>
/// <param name="Scenario">Scenario file.</param>
/// <param name="Scale">Agents per person (0.01 by default: the README's main command).</param>
/// <param name="SiloCounts">Silo counts whose runs alternate.</param>
/// <param name="Repeat">Runs per silo count; the months of all of them are pooled.</param>
/// <param name="Warmup">Run once, unmeasured, before the measured runs (so the months are not JIT compilation).</param>
internal sealed record BarrierOptions(string Scenario, double Scale, int[] SiloCounts, int Repeat, bool Warmup)
{
    private const string Allowed = "allowed --scenario FILE, --scale " + PopulationParameters.ScaleRange + ", --silos A,B,... (1 to 16), --repeat N>=1, --no-warmup";

    public static BarrierOptions Parse(string[] args)
    {
        var options = new BarrierOptions(Path.Combine("scenarios", "baseline.yaml"), 0.01, [1, 3], 3, true);
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"barrier: {name} needs a value; {Allowed}");
            options = name switch
            {
                "--scenario" => options with { Scenario = Value() },
                "--scale" => options with { Scale = double.TryParse(Value(), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : double.NaN },
                "--silos" => options with { SiloCounts = [.. Value().Split(',').Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)] },
                "--repeat" => options with { Repeat = int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : 0 },
                "--no-warmup" => options with { Warmup = false },
                _ => throw new ArgumentException($"barrier: unknown option {name}; {Allowed}"),
            };
        }

        if (!PopulationParameters.IsAllowedScale(options.Scale) || options.Repeat < 1 || options.SiloCounts.Any(n => n is < 1 or > 16))
        {
            throw new ArgumentException(FormattableString.Invariant(
                $"barrier: --scale {options.Scale}, --silos {string.Join(',', options.SiloCounts)}, --repeat {options.Repeat}; {Allowed}"));
        }

        return options;
    }
}
