namespace Sim.Runtime.Tests.Types;

/// <summary>No constructor matching its properties: cannot be re-created.</summary>
public sealed class Opaque
{
    public Opaque(int secret)
    {
        Doubled = secret * 2;
    }

    public int Doubled { get; }
}
