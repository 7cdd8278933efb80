namespace Sim.Model.Scenarios;

/// <summary>The part a region plays in the state relocation programme (<c>scenarios/data/relocation_regions.csv</c>, column <c>role</c>).</summary>
public enum RelocationRole
{
    /// <summary>Labour-surplus region participants come from.</summary>
    Surplus,

    /// <summary>Labour-shortage region participants are sent to.</summary>
    Shortage,
}
