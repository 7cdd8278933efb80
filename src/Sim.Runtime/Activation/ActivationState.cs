namespace Sim.Runtime.Activation;

/// <summary>The life cycle of an activation.</summary>
internal enum ActivationState : byte
{
    /// <summary>In the catalog; its first slice will register it in the directory and activate it.</summary>
    Created = 0,

    /// <summary>Registering and running <c>OnActivateAsync</c>; requests wait.</summary>
    Activating = 1,

    /// <summary>Processing requests.</summary>
    Valid = 2,

    /// <summary>Finishing running requests, then <c>OnDeactivateAsync</c>; new requests wait for the next activation.</summary>
    Deactivating = 3,

    /// <summary>Gone; enqueueing fails and the dispatcher routes again.</summary>
    Invalid = 4,
}
