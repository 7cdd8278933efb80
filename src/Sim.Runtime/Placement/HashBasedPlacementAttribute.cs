namespace Sim.Runtime;

/// <summary>Places new activations of the grain class on the consistent-hash ring owner of the grain id.</summary>
/// <remarks>Orleans counterpart: <c>Orleans.Placement.HashBasedPlacementAttribute</c>.</remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = true, AllowMultiple = false)]
public sealed class HashBasedPlacementAttribute : Attribute
{
}
