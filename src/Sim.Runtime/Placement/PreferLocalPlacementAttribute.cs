namespace Sim.Runtime;

/// <summary>Places new activations of the grain class on the calling grain's silo.</summary>
/// <remarks>Orleans counterpart: <c>Orleans.Placement.PreferLocalPlacementAttribute</c>.</remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = true, AllowMultiple = false)]
public sealed class PreferLocalPlacementAttribute : Attribute
{
}
