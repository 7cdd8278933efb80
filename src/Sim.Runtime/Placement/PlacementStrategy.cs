namespace Sim.Runtime;

/// <summary>Where a new activation is created.</summary>
public enum PlacementStrategy
{
    /// <summary>
    /// On the silo that owns the grain id's hash on the consistent-hash ring of active silos. Deterministic: every
    /// caller picks the same silo, and a silo joining or leaving moves about 1/N of the grains.
    /// </summary>
    /// <remarks>Orleans counterpart: <c>HashBasedPlacement</c> (Orleans' uses a modulo, not a ring).</remarks>
    HashBased = 0,

    /// <summary>On the silo where the call is made (by a grain or host code there); calls from clients use the ring.</summary>
    /// <remarks>Orleans counterpart: <c>PreferLocalPlacement</c>.</remarks>
    PreferLocal = 1,
}
