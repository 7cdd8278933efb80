namespace Sim.Host.Commands.Validate;

/// <summary>The options of <c>sim validate</c>.</summary>
/// <param name="Files">Scenario files to check.</param>
internal sealed record ValidateOptions(IReadOnlyList<string> Files);
