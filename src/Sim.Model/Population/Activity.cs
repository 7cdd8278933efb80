namespace Sim.Model.Population;

/// <summary>Economic activity of a person (stored as a byte).</summary>
public enum Activity : byte
{
    /// <summary>Below school age.</summary>
    Child = 0,

    /// <summary>In school or higher education.</summary>
    Student = 1,

    /// <summary>Employed.</summary>
    Employed = 2,

    /// <summary>Unemployed and seeking work.</summary>
    Unemployed = 3,

    /// <summary>Of working age, outside the labour force.</summary>
    Inactive = 4,

    /// <summary>Above retirement age.</summary>
    Retired = 5,
}
