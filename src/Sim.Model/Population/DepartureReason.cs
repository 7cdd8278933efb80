namespace Sim.Model.Population;

/// <summary>Why a person left the country (detail of a departure event).</summary>
public enum DepartureReason : byte
{
    /// <summary>A transit person moved on.</summary>
    TransitExit = 0,

    /// <summary>A stayer left voluntarily.</summary>
    Voluntary = 1,

    /// <summary>Left when the stay expired without a permit.</summary>
    StatusExpired = 2,

    /// <summary>Deported after detection.</summary>
    Deported = 3,

    /// <summary>A citizen emigrated permanently.</summary>
    Emigrated = 4,

    /// <summary>A citizen left to work abroad.</summary>
    LabourAbroad = 5,
}
