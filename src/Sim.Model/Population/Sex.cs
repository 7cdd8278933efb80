namespace Sim.Model.Population;

/// <summary>Sex of a person (stored as a byte).</summary>
public enum Sex : byte
{
    /// <summary>Male.</summary>
    Male = 0,

    /// <summary>Female.</summary>
    Female = 1,
}
