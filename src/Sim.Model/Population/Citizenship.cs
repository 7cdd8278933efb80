namespace Sim.Model.Population;

/// <summary>Citizenship group of a person (stored as a byte). Scenario keys are the upper-case names.</summary>
public enum Citizenship : byte
{
    /// <summary>Kazakhstan.</summary>
    KZ = 0,

    /// <summary>Russia.</summary>
    RU = 1,

    /// <summary>Uzbekistan.</summary>
    UZ = 2,

    /// <summary>Kyrgyzstan.</summary>
    KG = 3,

    /// <summary>Tajikistan.</summary>
    TJ = 4,

    /// <summary>China.</summary>
    CN = 5,

    /// <summary>Every other state.</summary>
    OTHER = 6,
}
