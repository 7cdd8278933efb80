using Sim.Model;

namespace Sim.Host.Commands.Ensemble;

/// <summary>The options of <c>sim ensemble</c>.</summary>
/// <param name="Scenario">The scenario file.</param>
/// <param name="Members">Member runs (seeds base, base + 1, ...).</param>
/// <param name="Out">The ensemble folder (must not exist), or null for out/&lt;scenario&gt;-ensemble&lt;N&gt;-seed&lt;base&gt;.</param>
/// <param name="Seed">The first member's seed, or null for the scenario's.</param>
/// <param name="Scale">Agents per person, or null for the scenario's.</param>
/// <param name="End">Last month, or null for the scenario's.</param>
/// <param name="Snapshots">Keep the scenario's person snapshots in each member (off by default: ensembles are about indicators).</param>
/// <param name="Concurrency">Members run at once (0: one per processor).</param>
/// <param name="Silos">Embedded silos.</param>
/// <param name="Cluster">A cluster to submit the members to instead (<c>localhost[:PORT]</c> or PostgreSQL).</param>
/// <param name="ClusterId">The cluster's id.</param>
/// <param name="Parameters">
/// <see cref="Drawn"/>: members also differ by parameters drawn from the calibration's uncertainty; <see cref="Fixed"/>:
/// by seed only, with the scenario's parameters.
/// </param>
internal sealed record EnsembleOptions(
    string Scenario, int Members, string? Out, long? Seed, double? Scale, YearMonth? End, bool Snapshots, int Concurrency,
    int Silos, string? Cluster, string ClusterId, string Parameters = EnsembleOptions.Drawn)
{
    /// <summary>Members' parameters drawn from the calibration's uncertainty (the default).</summary>
    public const string Drawn = "drawn";

    /// <summary>Members' parameters are the scenario's; only the seed varies.</summary>
    public const string Fixed = "fixed";
}
