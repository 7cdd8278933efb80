namespace Sim.Model.Random;

/// <summary>
/// The process a random stream belongs to; part of the stream key so that processes never share draws
/// and adding draws to one process leaves every other process's draws unchanged.
/// </summary>
public enum RandomProcess
{
    /// <summary>Synthesis of the starting population.</summary>
    Synthesis = 1,

    /// <summary>Ageing transitions (school, labour-market entry, retirement).</summary>
    Ageing = 2,

    /// <summary>Deaths.</summary>
    Deaths = 3,

    /// <summary>Births.</summary>
    Births = 4,

    /// <summary>Arrivals from abroad.</summary>
    Arrivals = 5,

    /// <summary>Transit exits and departures of stayers.</summary>
    Departures = 6,

    /// <summary>Legal status transitions and enforcement.</summary>
    LegalStatus = 7,

    /// <summary>Labour market matching and separations.</summary>
    LabourMarket = 8,

    /// <summary>Housing market (no draws today; reserved so the key space is stable).</summary>
    Housing = 9,

    /// <summary>Internal relocation.</summary>
    Relocation = 10,

    /// <summary>Emigration of citizens.</summary>
    Emigration = 11,

    /// <summary>Ordering and arrival of movers.</summary>
    Movers = 12,

    /// <summary>Whether and when a deported person tries to come back (one substream per deportation of the month).</summary>
    DeporteeReturns = 13,
}
