namespace Sim.Model.Population;

/// <summary>Profession group (stored as a byte). Scenario keys are the snake_case names.</summary>
public enum Profession : byte
{
    /// <summary>No profession yet (children, pupils).</summary>
    None = 0,

    /// <summary>Health care.</summary>
    Health = 1,

    /// <summary>Information technology.</summary>
    It = 2,

    /// <summary>Engineering.</summary>
    Engineering = 3,

    /// <summary>Science and education.</summary>
    ScienceEducation = 4,

    /// <summary>Architecture and construction.</summary>
    ArchitectureConstruction = 5,

    /// <summary>Industry and mining.</summary>
    Industry = 6,

    /// <summary>Agriculture.</summary>
    Agriculture = 7,

    /// <summary>Trade and services.</summary>
    TradeServices = 8,

    /// <summary>Transport and logistics.</summary>
    TransportLogistics = 9,

    /// <summary>Everything else.</summary>
    Other = 10,
}
