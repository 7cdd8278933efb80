namespace Sim.Runtime;

/// <summary>Places new activations of the grain class on the silo where the first call is made (clients' calls use the ring).</summary>
/// <remarks>Orleans counterpart: <c>Orleans.Placement.PreferLocalPlacementAttribute</c>.</remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = true, AllowMultiple = false)]
public sealed class PreferLocalPlacementAttribute : Attribute
{
}
