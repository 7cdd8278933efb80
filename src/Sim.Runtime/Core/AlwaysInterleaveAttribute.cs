namespace Sim.Runtime;

/// <summary>
/// Marks a grain interface method whose requests may interleave with any other request of a
/// non-reentrant activation (for read-only progress queries, for example).
/// </summary>
/// <remarks>Orleans counterpart: <c>Orleans.Concurrency.AlwaysInterleaveAttribute</c>.</remarks>
[AttributeUsage(AttributeTargets.Method, Inherited = true, AllowMultiple = false)]
public sealed class AlwaysInterleaveAttribute : Attribute
{
}
