using Sim.Model;

namespace Sim.Host.Commands.Fit;

/// <summary>The options of <c>sim fit</c>.</summary>
/// <param name="Run">A run folder, or with <paramref name="Backtest"/> a scenario file.</param>
/// <param name="Observed">Folder of observed data.</param>
/// <param name="Out">Report folder, or null for the default.</param>
/// <param name="Backtest">Whether to run the scenario in process first.</param>
/// <param name="Seeds">With a backtest: seeds 1..N.</param>
/// <param name="Scale">With a backtest: agents per person, or null for the scenario's.</param>
/// <param name="Until">With a backtest: last month, or null for the last the observations need.</param>
internal sealed record FitOptions(string Run, string Observed, string? Out, bool Backtest, int Seeds, double? Scale, YearMonth? Until);
