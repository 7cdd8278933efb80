namespace Sim.Runtime;

/// <summary>
/// Marks a grain class as reentrant: while one request awaits, the activation may start the next request.
/// Turns still never run concurrently; they interleave at await points.
/// </summary>
/// <remarks>Orleans counterpart: <c>Orleans.Concurrency.ReentrantAttribute</c>.</remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = true, AllowMultiple = false)]
public sealed class ReentrantAttribute : Attribute
{
}
