namespace Sim.Runtime.Tests.Types;

public enum Sex : byte
{
    Female = 1,
    Male = 2,
}
