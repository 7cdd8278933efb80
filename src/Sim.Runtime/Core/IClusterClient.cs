namespace Sim.Runtime;

/// <summary>
/// A client connected to a cluster from outside any silo. Calls made through it cross the serialization
/// boundary like calls between silos.
/// </summary>
/// <remarks>Orleans counterpart: <c>Orleans.IClusterClient</c>.</remarks>
public interface IClusterClient : IGrainFactory, IAsyncDisposable
{
}
