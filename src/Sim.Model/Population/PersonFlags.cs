namespace Sim.Model.Population;

/// <summary>Person flags, stored as bits of one byte.</summary>
[Flags]
public enum PersonFlags : byte
{
    /// <summary>No flag.</summary>
    None = 0,

    /// <summary>Ethnic Kazakh repatriate.</summary>
    Kandas = 1,

    /// <summary>Holds wealth at or above the reference investor threshold.</summary>
    Investor = 2,

    /// <summary>Moved under the state relocation programme.</summary>
    RelocationParticipant = 4,

    /// <summary>Lives in an urban settlement.</summary>
    Urban = 8,

    /// <summary>Claims asylum when the visa-free stay ends.</summary>
    RefugeeClaimant = 16,

    /// <summary>Was issued a migrant ID card at entry.</summary>
    MigrantIdCard = 32,

    /// <summary>Holds the in-demand professions' residence permit (exempt from the income test for permanent residence).</summary>
    InDemandPermit = 64,

    /// <summary>Removed this month (death, departure, move); compacted away at the end of the month.</summary>
    Gone = 128,
}
