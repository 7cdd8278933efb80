namespace Sim.Runtime;

/// <summary>A consistent snapshot of the membership table: rows with their etags, and the table version.</summary>
/// <param name="Members">Each row with its etag.</param>
/// <param name="Version">The table version read with the rows.</param>
/// <remarks>Orleans counterpart: <c>Orleans.MembershipTableData</c>.</remarks>
public sealed record MembershipTableData(IReadOnlyList<(MembershipEntry Entry, string ETag)> Members, TableVersion Version)
{
    /// <summary>The row of <paramref name="silo"/> with its etag, or null.</summary>
    /// <param name="silo">The silo.</param>
    public (MembershipEntry Entry, string ETag)? TryGet(SiloAddress silo)
    {
        foreach (var member in Members)
        {
            if (member.Entry.SiloAddress.Equals(silo))
            {
                return member;
            }
        }

        return null;
    }
}
