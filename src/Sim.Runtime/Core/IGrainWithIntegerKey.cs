namespace Sim.Runtime;

/// <summary>A grain interface whose grains are identified by a 64-bit integer key.</summary>
/// <remarks>Orleans counterpart: <c>Orleans.IGrainWithIntegerKey</c>.</remarks>
#pragma warning disable CA1040 // Marker interfaces are the programming model (as in Orleans).
public interface IGrainWithIntegerKey : IGrain
{
}
#pragma warning restore CA1040
