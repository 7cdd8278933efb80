namespace Sim.Runtime.Tests.Grains;

/// <summary>A record carrying grain references, nested and in collections.</summary>
public sealed record Shipment(string Label, ICounterGrain Destination, IReadOnlyList<ICounterGrain> CarbonCopies, Dictionary<string, ICounterGrain> ByName);
