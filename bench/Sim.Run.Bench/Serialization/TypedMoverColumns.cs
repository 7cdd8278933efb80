using Orleans;

namespace Sim.Run.Bench.Serialization;

/// <summary>
/// For contrast only: the movers of a shipment as a record of typed column arrays, the shape the model keeps them in.
/// Orleans' generated codec writes the <c>long[]</c> and <c>short[]</c> columns element by element (each a tagged,
/// variable-length integer) and the <c>byte[]</c> columns as one copy each; <c>MoverShipment</c> packs everything into one
/// <c>byte[]</c> instead.
/// </summary>
[GenerateSerializer, Immutable]
internal sealed record TypedMoverColumns(
    int SourceRegion, int DestinationRegion, int MonthIndex, int Count,
    long[] Id, short[] BirthMonth, short[] ArrivalMonth, short[] StatusExpiry,
    byte[] Sex, byte[] Citizenship, byte[] Status, byte[] Profession, byte[] Activity, byte[] Flags);
