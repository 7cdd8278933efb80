namespace Sim.Runtime.Tests.Types;

public abstract record Shape(string Name);
