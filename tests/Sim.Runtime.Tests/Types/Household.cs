namespace Sim.Runtime.Tests.Types;

public sealed record Household(long Id, Person Head, IReadOnlyList<Person> Members, Person? Guest);
