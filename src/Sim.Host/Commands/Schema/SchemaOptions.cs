namespace Sim.Host.Commands.Schema;

/// <summary>The options of <c>sim schema</c>.</summary>
/// <param name="Document">Which document: <c>outputs</c>, <c>scenario</c> or <c>parameters</c>.</param>
internal sealed record SchemaOptions(string Document);
