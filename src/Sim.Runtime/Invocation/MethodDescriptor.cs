using System.Reflection;
using Sim.Runtime.Activation;
using Sim.Runtime.Serialization;

namespace Sim.Runtime.Invocation;

/// <summary>One grain interface method: how to invoke it on a grain, and how to (de)serialize its arguments.</summary>
internal abstract class MethodDescriptor
{
    protected MethodDescriptor(GrainInterfaceInfo owner, int index, MethodInfo method, Action<MessageWriter, Request> writeArguments, Func<MessageReader, Request> readArguments)
    {
        Interface = owner;
        Index = index;
        Method = method;
        WriteArguments = writeArguments;
        ReadArguments = readArguments;
        AlwaysInterleave = method.IsDefined(typeof(AlwaysInterleaveAttribute), inherit: true);
    }

    public GrainInterfaceInfo Interface { get; }

    /// <summary>Position in <see cref="GrainInterfaceInfo.Methods"/>; identifies the method in messages.</summary>
    public int Index { get; }

    public MethodInfo Method { get; }

    public bool AlwaysInterleave { get; }

    public Action<MessageWriter, Request> WriteArguments { get; }

    public Func<MessageReader, Request> ReadArguments { get; }

    /// <summary>
    /// Runs the method on the activation's grain (in its turn) and sends the outcome to the caller. Returns true when
    /// the request finished during the call (the activation then counts it as finished itself, saving a lock);
    /// otherwise the completion reports to <see cref="ActivationData.OnRequestFinished"/> later.
    /// </summary>
    public abstract bool Invoke(ActivationData activation, Request request);

    /// <summary>Fails the caller of <paramref name="request"/>.</summary>
    public static void Fail(Request request, Exception exception)
    {
        switch (request.Reply)
        {
            case IResponseCompletion local:
                local.Fail(exception);
                break;
            case Messaging.RemoteReply remote:
                remote.SendError(exception);
                break;
        }
    }

    public override string ToString() => $"{Interface.InterfaceType.Name}.{Method.Name}";
}
