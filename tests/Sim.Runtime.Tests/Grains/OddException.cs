namespace Sim.Runtime.Tests.Grains;

/// <summary>An exception without a constructor taking a message: it cannot be re-created on the caller's side.</summary>
public sealed class OddException : Exception
{
    public OddException(int code)
        : base($"odd {code}")
    {
        Code = code;
    }

    public int Code { get; }
}
