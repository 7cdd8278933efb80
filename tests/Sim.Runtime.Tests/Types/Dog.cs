namespace Sim.Runtime.Tests.Types;

public sealed record Dog(string Name, bool Good) : Animal(Name);
