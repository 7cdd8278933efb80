namespace Sim.Runtime.Messaging;

/// <summary>The reply path of a request that arrived from another endpoint: who waits for it, and under which message id.</summary>
internal sealed class RemoteReply(MessageCenter center, SiloAddress replyTo, long messageId)
{
    public SiloAddress ReplyTo => replyTo;

    public long MessageId => messageId;

    public void SendResult<T>(T value) => center.SendResponse(replyTo, messageId, value);

    public void SendError(Exception exception) => center.SendError(replyTo, messageId, exception);
}
