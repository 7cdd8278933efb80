namespace Sim.Runtime.Tests.Types;

public enum Big : long
{
    Low = long.MinValue,
    High = long.MaxValue,
}
