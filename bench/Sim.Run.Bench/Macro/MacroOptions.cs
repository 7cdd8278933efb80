using System.Globalization;

namespace Sim.Run.Bench.Macro;

/// <summary>Options of the macro benchmark: <c>macro [--scenario F] [--scale F] [--silos N] [--model]</c>.</summary>
internal sealed record MacroOptions(string Scenario, double Scale, int Silos, bool ModelOnly)
{
    public static MacroOptions Parse(string[] args)
    {
        var options = new MacroOptions(Path.Combine("scenarios", "baseline.yaml"), 1.0, 1, false);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--scenario" => options with { Scenario = args[++i] },
                "--scale" => options with { Scale = double.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--silos" => options with { Silos = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--model" => options with { ModelOnly = true },
                _ => throw new ArgumentException($"unknown option {args[i]}; allowed --scenario, --scale, --silos, --model"),
            };
        }

        return options;
    }
}
