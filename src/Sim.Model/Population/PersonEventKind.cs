namespace Sim.Model.Population;

/// <summary>Kinds of rare events kept in a region's event log.</summary>
public enum PersonEventKind : byte
{
    /// <summary>Born in the region (detail: sex).</summary>
    Birth = 0,

    /// <summary>Died.</summary>
    Death = 1,

    /// <summary>Arrived from abroad (detail: legal status on arrival).</summary>
    Arrival = 2,

    /// <summary>Left the country (detail: <see cref="DepartureReason"/>).</summary>
    Departure = 3,

    /// <summary>Moved out to another region (other region set).</summary>
    MoveOut = 4,

    /// <summary>Moved in from another region (other region set).</summary>
    MoveIn = 5,

    /// <summary>Legal status changed (detail: the new status).</summary>
    StatusChange = 6,
}
