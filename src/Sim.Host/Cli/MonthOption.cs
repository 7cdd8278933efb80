using Sim.Model;

namespace Sim.Host.Cli;

/// <summary>Parses month options (<c>YYYY-MM</c>) of the commands.</summary>
internal static class MonthOption
{
    /// <summary>The month, or null when the option was not given; throws <see cref="UserInputException"/> for anything else.</summary>
    public static YearMonth? Parse(string option, string? text) =>
        text is null ? null
        : YearMonth.TryParse(text, out var month) ? month
        : throw new UserInputException($"{option} '{text}': allowed a month YYYY-MM");
}
