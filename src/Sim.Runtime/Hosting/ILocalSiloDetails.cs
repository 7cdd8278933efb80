namespace Sim.Runtime;

/// <summary>The identity of the silo a piece of code runs in (injectable into grains).</summary>
/// <remarks>Orleans counterpart: <c>Orleans.Runtime.ILocalSiloDetails</c>.</remarks>
public interface ILocalSiloDetails
{
    /// <summary>The silo's name.</summary>
    string Name { get; }

    /// <summary>The silo's address.</summary>
    SiloAddress SiloAddress { get; }

    /// <summary>The cluster the silo belongs to (<see cref="ClusterOptions.ClusterId"/>).</summary>
    string ClusterId { get; }
}
