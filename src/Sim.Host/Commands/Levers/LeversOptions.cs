namespace Sim.Host.Commands.Levers;

/// <summary>The options of <c>sim levers</c>.</summary>
/// <param name="Run">Run or ensemble folder whose levers are listed.</param>
/// <param name="Against">Run or ensemble folder of the baseline to subtract, or null.</param>
/// <param name="Markdown">Whether to print a Markdown table (for docs/levers.md) instead of the terminal table.</param>
internal sealed record LeversOptions(string Run, string? Against, bool Markdown);
