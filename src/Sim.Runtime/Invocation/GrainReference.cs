using Sim.Runtime.Activation;

namespace Sim.Runtime.Invocation;

/// <summary>
/// Base class of the generated grain proxies. A reference is the grain id plus the endpoint that sends its calls;
/// creating one costs an allocation and no I/O. Each generated interface method packs its arguments into a typed
/// <see cref="Request"/> and calls one of the Invoke methods below.
/// </summary>
internal abstract class GrainReference : IEquatable<GrainReference>
{
    protected GrainReference(GrainId grainId, IRuntimeClient runtime, GrainInterfaceInfo info)
    {
        GrainId = grainId;
        Runtime = runtime;
        Interface = info;
    }

    public GrainId GrainId { get; }

    public IRuntimeClient Runtime { get; }

    public GrainInterfaceInfo Interface { get; }

    public bool Equals(GrainReference? other) => other is not null && GrainId == other.GrainId && Interface == other.Interface;

    public override bool Equals(object? obj) => Equals(obj as GrainReference);

    public override int GetHashCode() => GrainId.GetHashCode();

    public override string ToString() => $"{Interface.InterfaceType.Name}:{GrainId}";

    protected Task<T> InvokeTask<T>(MethodDescriptor<T> descriptor, Request request) => Send(descriptor, request).Task;

    protected Task InvokeVoidTask(MethodDescriptor<VoidResult> descriptor, Request request) => Send(descriptor, request).Task;

    protected ValueTask<T> InvokeValueTask<T>(MethodDescriptor<T> descriptor, Request request) => new(Send(descriptor, request).Task);

    protected ValueTask InvokeVoidValueTask(MethodDescriptor<VoidResult> descriptor, Request request) => new(Send(descriptor, request).Task);

    private ResponseCompletion<T> Send<T>(MethodDescriptor<T> descriptor, Request request)
    {
        // A call made inside a grain always leaves through that grain's silo, whichever endpoint the reference
        // came from (a reference handed over in-process keeps its original binding).
        var caller = SynchronizationContext.Current as ActivationData;
        var completion = new ResponseCompletion<T>(runContinuationsAsynchronously: caller is null);
        request.Descriptor = descriptor;
        request.Target = GrainId;
        request.Reply = completion;
        (caller?.Shared.Silo.Dispatcher ?? Runtime).SendRequest(request);
        return completion;
    }
}
