namespace Sim.Runtime;

/// <summary>Creates references to grains. References are cheap, need no I/O and never activate anything by themselves.</summary>
/// <remarks>Orleans counterpart: <c>Orleans.IGrainFactory</c>.</remarks>
public interface IGrainFactory
{
    /// <summary>Returns a reference to the grain of interface <typeparamref name="TGrain"/> with the given string key.</summary>
    /// <typeparam name="TGrain">The grain interface.</typeparam>
    /// <param name="key">The grain's primary key.</param>
    TGrain GetGrain<TGrain>(string key)
        where TGrain : IGrainWithStringKey;

    /// <summary>Returns a reference to the grain of interface <typeparamref name="TGrain"/> with the given integer key.</summary>
    /// <typeparam name="TGrain">The grain interface.</typeparam>
    /// <param name="key">The grain's primary key.</param>
    TGrain GetGrain<TGrain>(long key)
        where TGrain : IGrainWithIntegerKey;
}
