namespace Sim.Model.Engine;

/// <summary>What a person applies for through <see cref="RegionSimulation.ApplyForPermit"/>.</summary>
public enum PermitKind
{
    /// <summary>10-year residence permit for an in-demand profession.</summary>
    InDemandResidence,

    /// <summary>10-year investor residence permit.</summary>
    InvestorResidence,

    /// <summary>Scientific-pedagogical visa (500+).</summary>
    ScientificVisa,

    /// <summary>Refugee status.</summary>
    Refugee,

    /// <summary>Work permit under the regional quota.</summary>
    WorkPermit,
}
