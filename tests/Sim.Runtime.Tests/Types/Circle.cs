namespace Sim.Runtime.Tests.Types;

public sealed record Circle(string Name, double Radius) : Shape(Name);
