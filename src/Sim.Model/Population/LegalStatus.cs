namespace Sim.Model.Population;

/// <summary>Legal status of a person in Kazakhstan (stored as a byte).</summary>
public enum LegalStatus : byte
{
    /// <summary>Citizen of Kazakhstan.</summary>
    Citizen = 0,

    /// <summary>Visa-free stay (expires after the origin's visa-free period).</summary>
    VisaFree = 1,

    /// <summary>Temporary residence permit (work under EAEU rules, in-demand, investor, scientific, kandas).</summary>
    TemporaryResidence = 2,

    /// <summary>Permanent residence permit.</summary>
    PermanentResidence = 3,

    /// <summary>Work permit under the regional quota.</summary>
    WorkPermit = 4,

    /// <summary>Recognised refugee.</summary>
    Refugee = 5,

    /// <summary>Staying without a valid status.</summary>
    Irregular = 6,

    /// <summary>Passing through: leaves after a dwell time.</summary>
    Transit = 7,
}
