namespace Sim.Host.Commands.Person;

/// <summary>The options of <c>sim person</c>.</summary>
/// <param name="Run">Run folder, or its name under out/.</param>
/// <param name="PersonId">The person's id (person_id in the outputs).</param>
/// <param name="Live">Whether to replay the run on the grains and ask the person grain.</param>
/// <param name="At">With <paramref name="Live"/>: the month to stop after, or null for the run's last month.</param>
internal sealed record PersonOptions(string Run, long PersonId, bool Live, string? At);
