namespace Sim.Runtime.Tests.Types;

public sealed record Person(string Name, int Age, DateOnly Born, Sex Sex, double? Income, List<string> Tags, Dictionary<string, int> Scores);
