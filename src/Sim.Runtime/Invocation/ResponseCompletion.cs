using Sim.Runtime.Serialization;

namespace Sim.Runtime.Invocation;

/// <summary>
/// Completes the caller's task. Calls made outside any activation (clients, host code) run their continuations
/// asynchronously so that caller code never runs on a silo worker; calls from grains continue through the calling
/// activation's synchronization context anyway.
/// </summary>
internal sealed class ResponseCompletion<T> : TaskCompletionSource<T>, IResponseCompletion
{
    public ResponseCompletion(bool runContinuationsAsynchronously)
        : base(runContinuationsAsynchronously ? TaskCreationOptions.RunContinuationsAsynchronously : TaskCreationOptions.None)
    {
    }

    public SiloAddress? Target { get; set; }

    public long Deadline { get; set; }

    public void ReadResult(MessageReader reader)
    {
        T value;
        try
        {
            value = CodecCache<T>.Instance.Read(reader);
        }
        catch (Exception e)
        {
            TrySetException(e);
            return;
        }

        TrySetResult(value);
    }

    public void Fail(Exception exception) => TrySetException(exception);
}
