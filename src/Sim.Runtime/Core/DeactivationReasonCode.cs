namespace Sim.Runtime;

/// <summary>Why an activation is being deactivated.</summary>
/// <remarks>Orleans counterpart: <c>Orleans.DeactivationReasonCode</c>.</remarks>
public enum DeactivationReasonCode
{
    /// <summary>No reason given.</summary>
    None = 0,

    /// <summary>The activation was idle for longer than the collection age.</summary>
    ActivationIdle = 1,

    /// <summary>The grain asked for it with <see cref="Grain.DeactivateOnIdle"/>.</summary>
    ApplicationRequested = 2,

    /// <summary>The hosting silo is shutting down gracefully.</summary>
    ShuttingDown = 3,

    /// <summary>Activation failed (for example <c>OnActivateAsync</c> threw).</summary>
    ActivationFailed = 4,

    /// <summary>Another activation of the same grain won the directory registration.</summary>
    DuplicateActivation = 5,
}
