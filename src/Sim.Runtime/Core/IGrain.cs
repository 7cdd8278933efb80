namespace Sim.Runtime;

/// <summary>
/// Marker interface of every grain interface. A grain interface declares methods that return
/// <see cref="Task"/>, <see cref="Task{TResult}"/>, <see cref="ValueTask"/> or <see cref="ValueTask{TResult}"/>;
/// the runtime generates a location-transparent reference (proxy) for it.
/// </summary>
/// <remarks>Orleans counterpart: <c>Orleans.IGrain</c>.</remarks>
#pragma warning disable CA1040 // Marker interfaces are the programming model (as in Orleans).
public interface IGrain
{
}
#pragma warning restore CA1040
