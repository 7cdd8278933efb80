namespace Sim.Runtime.Tests.Grains;

/// <summary>A domain exception with the usual constructors: re-created with its type on the caller's side.</summary>
public sealed class QuotaExceededException : Exception
{
    public QuotaExceededException()
    {
    }

    public QuotaExceededException(string message)
        : base(message)
    {
    }

    public QuotaExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
