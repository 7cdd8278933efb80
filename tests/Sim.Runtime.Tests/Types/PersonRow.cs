namespace Sim.Runtime.Tests.Types;

/// <summary>Unmanaged: arrays of it take the raw-memory path.</summary>
public struct PersonRow
{
    public int Id;
    public short BirthMonth;
    public byte Sex;
    public float Income;
}
