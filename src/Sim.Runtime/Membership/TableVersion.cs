namespace Sim.Runtime;

/// <summary>
/// The version of the whole membership table: a monotonically increasing number plus an etag. Every row change must
/// present the current etag and the next version, so concurrent writers serialize through it.
/// </summary>
/// <param name="Version">The version number.</param>
/// <param name="VersionEtag">The etag of this version.</param>
/// <remarks>Orleans counterpart: <c>Orleans.TableVersion</c>.</remarks>
public sealed record TableVersion(int Version, string VersionEtag)
{
    /// <summary>The version a writer presents to change the table: number + 1, same etag.</summary>
    public TableVersion Next() => this with { Version = Version + 1 };

    /// <inheritdoc/>
    public override string ToString() => $"<{Version}, {VersionEtag}>";
}
