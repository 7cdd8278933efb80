using System.Globalization;

namespace Sim.Host.Commands.Levers;

/// <summary>
/// Whether a lever's persons a year are resolved at the run's scale: an agent stands for 1/scale persons, so a
/// quota of a few agents a year is drawn as 0, 1 or 2 and its figure says little. A lever expecting fewer than
/// <see cref="AgentsPerYear"/> agents a year gets a note naming the smallest usual scale at which it reaches them.
/// </summary>
internal static class LeverResolution
{
    /// <summary>Agents a year below which a lever's figure is noise (a Poisson count of 20 is ±22%).</summary>
    public const double AgentsPerYear = 20;

    private static readonly double[] Scales = [0.02, 0.05, 0.1, 0.2, 0.5, 1];

    /// <summary>
    /// The note for a lever expecting <paramref name="personsPerYear"/> persons a year at <paramref name="scale"/>,
    /// or null when that is 0 (nothing to resolve) or at least <see cref="AgentsPerYear"/> agents.
    /// </summary>
    /// <param name="personsPerYear">Its quota a year, or the persons a year its indicators produced.</param>
    /// <param name="scale">The run's scale (agents per person).</param>
    /// <returns>A note such as "below resolution at scale 0.01, 1 agent a year: run at ≥ 0.2", or null.</returns>
    public static string? Note(double personsPerYear, double scale)
    {
        var agents = personsPerYear * scale;
        if (agents <= 0 || agents >= AgentsPerYear)
        {
            return null;
        }

        var needed = Scales.FirstOrDefault(s => personsPerYear * s >= AgentsPerYear);
        var advice = needed > 0 ? $"run at ≥ {Text(needed)}" : $"fewer than {AgentsPerYear:0} persons a year even at scale 1";
        var count = agents.ToString("0.#", CultureInfo.InvariantCulture);
        return $"below resolution at scale {Text(scale)}, {count} {(count == "1" ? "agent" : "agents")} a year: {advice}";
    }

    private static string Text(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
}
