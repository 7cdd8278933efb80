using Sim.Model.Engine;

namespace Sim.Grains.Regions;

/// <summary>
/// One month's movers from one region to another, as the message between region grains: the columns of a
/// <see cref="MoverBatch"/> as arrays of primitives, which the serializer copies as raw bytes.
/// </summary>
/// <param name="SourceRegion">Region the movers leave.</param>
/// <param name="DestinationRegion">Region they join.</param>
/// <param name="MonthIndex">Month of the move (<c>YearMonth.Index</c>).</param>
/// <param name="Id">Ids.</param>
/// <param name="BirthMonth">Compact birth months.</param>
/// <param name="Sex">Sex bytes.</param>
/// <param name="Citizenship">Citizenship bytes.</param>
/// <param name="Status">Legal status bytes.</param>
/// <param name="Profession">Profession bytes.</param>
/// <param name="Activity">Activity bytes.</param>
/// <param name="Flags">Flag bytes.</param>
/// <param name="ArrivalMonth">Compact arrival months.</param>
/// <param name="StatusExpiry">Compact status-expiry months.</param>
public sealed record MoverShipment(
    int SourceRegion,
    int DestinationRegion,
    int MonthIndex,
    long[] Id,
    short[] BirthMonth,
    byte[] Sex,
    byte[] Citizenship,
    byte[] Status,
    byte[] Profession,
    byte[] Activity,
    byte[] Flags,
    short[] ArrivalMonth,
    short[] StatusExpiry)
{
    /// <summary>Movers in the shipment.</summary>
    public int Count => Id.Length;

    /// <summary>The shipment of a trimmed batch (shares its arrays; the batch is not used afterwards).</summary>
    public static MoverShipment From(MoverBatch batch)
    {
        if (batch.Id.Length != batch.Count)
        {
            batch.Trim();
        }

        return new(batch.SourceRegion, batch.DestinationRegion, batch.MonthIndex, batch.Id, batch.BirthMonth, batch.Sex,
            batch.Citizenship, batch.Status, batch.Profession, batch.Activity, batch.Flags, batch.ArrivalMonth, batch.StatusExpiry);
    }

    /// <summary>The shipment as the model's batch (shares the arrays).</summary>
    public MoverBatch ToBatch() => new(SourceRegion, DestinationRegion, MonthIndex, 0)
    {
        Count = Id.Length,
        Id = Id,
        BirthMonth = BirthMonth,
        Sex = Sex,
        Citizenship = Citizenship,
        Status = Status,
        Profession = Profession,
        Activity = Activity,
        Flags = Flags,
        ArrivalMonth = ArrivalMonth,
        StatusExpiry = StatusExpiry,
    };
}
