using System.Globalization;

namespace Sim.Run.Bench.Serialization;

/// <summary>Options of the serializer throughput mode: <c>shipments [--movers A,B,...] [--rounds N]</c>.</summary>
/// <param name="MoverCounts">Movers per shipment, one table row group each.</param>
/// <param name="Rounds">Samples per variant (the variants alternate within a round); the figures are medians.</param>
internal sealed record ShipmentsOptions(int[] MoverCounts, int Rounds)
{
    private const string Allowed = "allowed --movers A,B,... (each >= 1), --rounds N>=1";

    public static ShipmentsOptions Parse(string[] args)
    {
        var options = new ShipmentsOptions([100, 1_000, 100_000], 7);
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"shipments: {name} needs a value; {Allowed}");
            options = name switch
            {
                "--movers" => options with { MoverCounts = [.. Value().Split(',').Select(Count)] },
                "--rounds" => options with { Rounds = Count(Value()) },
                _ => throw new ArgumentException($"shipments: unknown option {name}; {Allowed}"),
            };
        }

        if (options.Rounds < 1 || options.MoverCounts.Any(n => n < 1))
        {
            throw new ArgumentException($"shipments: --movers {string.Join(',', options.MoverCounts)}, --rounds {options.Rounds}; {Allowed}");
        }

        return options;
    }

    private static int Count(string value) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
        ? n
        : throw new ArgumentException($"shipments: '{value}' is not a count; {Allowed}");
}
