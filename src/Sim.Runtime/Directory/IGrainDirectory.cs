namespace Sim.Runtime;

/// <summary>
/// Maps each grain to its single activation in the cluster. Registration is atomic: of several silos racing to
/// register the same grain, exactly one wins and the others learn the winner.
/// </summary>
/// <remarks>Orleans counterpart: <c>Orleans.GrainDirectory.IGrainDirectory</c> (the pluggable directory).</remarks>
public interface IGrainDirectory
{
    /// <summary>
    /// Registers <paramref name="address"/> unless the grain already has an entry; returns the entry that stands
    /// afterwards (the given address when it won). An existing entry equal to <paramref name="previousAddress"/> is replaced.
    /// </summary>
    /// <param name="address">The new activation's address.</param>
    /// <param name="previousAddress">A stale entry the caller knows to be gone, or null.</param>
    ValueTask<GrainAddress> Register(GrainAddress address, GrainAddress? previousAddress);

    /// <summary>Removes the grain's entry if it is exactly <paramref name="address"/>.</summary>
    /// <param name="address">The address to remove.</param>
    ValueTask Unregister(GrainAddress address);

    /// <summary>Returns the grain's entry, or null when it has none.</summary>
    /// <param name="grainId">The grain.</param>
    ValueTask<GrainAddress?> Lookup(GrainId grainId);

    /// <summary>Removes every entry on the given silos (called when they are declared dead).</summary>
    /// <param name="silos">The dead silos.</param>
    ValueTask UnregisterSilos(IReadOnlyCollection<SiloAddress> silos);
}
