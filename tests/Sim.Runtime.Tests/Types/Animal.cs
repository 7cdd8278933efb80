namespace Sim.Runtime.Tests.Types;

public record Animal(string Name);
