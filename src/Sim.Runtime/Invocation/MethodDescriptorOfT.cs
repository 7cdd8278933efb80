using System.Reflection;
using Sim.Runtime.Activation;
using Sim.Runtime.Serialization;

namespace Sim.Runtime.Invocation;

/// <summary>A method whose result is a <typeparamref name="TResult"/> (<see cref="VoidResult"/> for Task/ValueTask).</summary>
internal sealed class MethodDescriptor<TResult> : MethodDescriptor
{
    private readonly Func<object, Request, ValueTask<TResult>> _invoker;

    public MethodDescriptor(
        GrainInterfaceInfo owner,
        int index,
        MethodInfo method,
        Func<object, Request, ValueTask<TResult>> invoker,
        Action<MessageWriter, Request> writeArguments,
        Func<MessageReader, Request> readArguments)
        : base(owner, index, method, writeArguments, readArguments)
    {
        _invoker = invoker;
    }

    public override bool Invoke(ActivationData activation, Request request)
    {
        ValueTask<TResult> pending;
        try
        {
            pending = _invoker(activation.GrainInstance!, request);
        }
        catch (Exception e)
        {
            Fail(request, e);
            return true;
        }

        if (pending.IsCompleted)
        {
            Complete(null, request, pending);
            return true;
        }

        // Continues in the activation's context (captured by the awaiter), so completion stays within its turns.
        pending.GetAwaiter().UnsafeOnCompleted(() => Complete(activation, request, pending));
        return false;
    }

    /// <summary>Sends a result to the caller of <paramref name="request"/>.</summary>
    public static void Succeed(Request request, TResult value)
    {
        switch (request.Reply)
        {
            case ResponseCompletion<TResult> local:
                local.TrySetResult(value);
                break;
            case Messaging.RemoteReply remote:
                remote.SendResult(value);
                break;
        }
    }

    /// <summary>Sends the outcome; <paramref name="activation"/> is null when the turn that invoked the method counts the request as finished.</summary>
    private static void Complete(ActivationData? activation, Request request, ValueTask<TResult> task)
    {
        TResult value;
        try
        {
            value = task.Result;
        }
        catch (Exception e)
        {
            activation?.OnRequestFinished();
            Fail(request, e);
            return;
        }

        activation?.OnRequestFinished();
        Succeed(request, value);
    }
}
