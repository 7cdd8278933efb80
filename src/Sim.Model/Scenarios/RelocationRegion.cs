namespace Sim.Model.Scenarios;

/// <summary>A region listed by the state relocation programme.</summary>
/// <param name="Code">Region code.</param>
/// <param name="Role">Surplus (origin) or shortage (destination).</param>
/// <param name="Since">First year the region is listed in that role.</param>
public sealed record RelocationRegion(string Code, RelocationRole Role, int Since);
