namespace Sim.Runtime.Invocation;

/// <summary>The result of methods returning <see cref="Task"/> or <see cref="ValueTask"/>; zero bytes on the wire.</summary>
internal readonly struct VoidResult
{
}
