using Sim.Model;

namespace Sim.Host.Commands.Calibrate;

/// <summary>The options of <c>sim calibrate</c>.</summary>
/// <param name="Scenario">The backtest scenario the parameters are fitted on.</param>
/// <param name="Observed">Folder of observed data.</param>
/// <param name="Out">Calibrated scenario file to write, or null for calibrated.yaml beside the scenario.</param>
/// <param name="Parent">Scenario the calibrated file extends, or null for the default.</param>
/// <param name="Scale">Agents per person of the candidate runs.</param>
/// <param name="Seeds">Seeds 1..N per candidate.</param>
/// <param name="MaxEvaluations">Budget of objective evaluations.</param>
/// <param name="Until">Last simulated month of a candidate, or null for the last the observations need.</param>
/// <param name="UntilText">The <c>--until</c> text as given (for the regenerate line).</param>
/// <param name="Replace">Replace an existing calibrated file, keeping the old one as a backup.</param>
internal sealed record CalibrateOptions(
    string Scenario, string Observed, string? Out, string? Parent, double Scale, int Seeds, int MaxEvaluations, YearMonth? Until, string? UntilText, bool Replace);
