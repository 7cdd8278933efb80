namespace Sim.Model.Scenarios;

/// <summary>Marks the constructor parameter of a keyed-map entry's record that receives the entry's key (e.g. a shock's name).</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class EntryKeyAttribute : Attribute;
