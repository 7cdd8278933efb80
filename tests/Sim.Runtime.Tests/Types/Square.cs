namespace Sim.Runtime.Tests.Types;

public sealed record Square(string Name, double Side) : Shape(Name);
