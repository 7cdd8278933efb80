using Sim.Runtime.Activation;

namespace Sim.Runtime;

/// <summary>
/// Base class of grain implementations. The runtime creates an instance (its constructor may take services
/// from dependency injection) when the first call to the grain arrives, calls <see cref="OnActivateAsync"/>, and
/// hands it one request at a time (a turn). When the activation has been idle for the collection age, or the grain
/// calls <see cref="DeactivateOnIdle"/>, the runtime calls <see cref="OnDeactivateAsync"/> and drops the instance.
/// </summary>
/// <remarks>Orleans counterpart: <c>Orleans.Grain</c>.</remarks>
public abstract class Grain
{
    // The only per-grain runtime state held here; everything else lives in the activation.
    private readonly ActivationData? _activation;

    /// <summary>Creates the grain; the runtime supplies the activation through an ambient context.</summary>
    protected Grain()
    {
        _activation = ActivationData.Constructing;
    }

    /// <summary>The id of this grain.</summary>
    public GrainId GrainId => Activation.GrainId;

    /// <summary>A factory for references to other grains; calls made through them are attributed to this activation.</summary>
    protected IGrainFactory GrainFactory => Activation.Shared.GrainFactory;

    private ActivationData Activation => _activation
        ?? throw new InvalidOperationException($"{GetType().Name} was not created by the grain runtime; grains are activated by calling them through a grain reference.");

    /// <summary>The string key of this grain (integer keys are formatted invariantly).</summary>
    public string GetPrimaryKeyString() => GrainId.GetStringKey();

    /// <summary>The integer key of this grain.</summary>
    /// <exception cref="InvalidOperationException">The grain has a string key.</exception>
    public long GetPrimaryKeyLong() => GrainId.GetIntegerKey();

    /// <summary>
    /// Asks the runtime to deactivate this activation once the current request (and any other running request) has
    /// finished. Requests that arrive afterwards go to a fresh activation.
    /// </summary>
    protected void DeactivateOnIdle() => Activation.DeactivateOnIdle();

    /// <summary>Called once before the first request is delivered. Requests wait until it completes.</summary>
    /// <param name="cancellationToken">Cancelled when the silo stops.</param>
    protected virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called once when the activation is deactivated gracefully (not when its silo is killed).</summary>
    /// <param name="reason">Why the activation is deactivated.</param>
    /// <param name="cancellationToken">Cancelled when the silo's shutdown times out.</param>
    protected virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public override string ToString() => _activation is null ? GetType().Name : $"{GetType().Name} {_activation.GrainId}";

    internal Task ActivateAsync(CancellationToken cancellationToken) => OnActivateAsync(cancellationToken);

    internal Task DeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => OnDeactivateAsync(reason, cancellationToken);
}
