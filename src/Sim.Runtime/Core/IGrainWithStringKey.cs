namespace Sim.Runtime;

/// <summary>A grain interface whose grains are identified by a string key.</summary>
/// <remarks>Orleans counterpart: <c>Orleans.IGrainWithStringKey</c>.</remarks>
#pragma warning disable CA1040 // Marker interfaces are the programming model (as in Orleans).
public interface IGrainWithStringKey : IGrain
{
}
#pragma warning restore CA1040
