using Sim.Model.Engine;

namespace Sim.Run.Bench.Serialization;

/// <summary>Plausible movers for the serializer benchmarks: increasing ids, month numbers and small codes, from a fixed seed.</summary>
internal static class MoverSamples
{
    public static MoverBatch Batch(int count)
    {
        var random = new Random(20230101);
        var batch = new MoverBatch(3, 7, 1460, count) { Count = count };
        var id = 1_000_000_000L;
        for (var i = 0; i < count; i++)
        {
            id += random.Next(1, 5_000);
            batch.Id[i] = id;
            batch.BirthMonth[i] = (short)random.Next(0, 1_200);
            batch.ArrivalMonth[i] = (short)random.Next(0, 1_200);
            batch.StatusExpiry[i] = (short)(random.Next(4) == 0 ? random.Next(1_200, 1_300) : -1);
            batch.Sex[i] = (byte)random.Next(2);
            batch.Citizenship[i] = (byte)random.Next(6);
            batch.Status[i] = (byte)random.Next(6);
            batch.Profession[i] = (byte)random.Next(40);
            batch.Activity[i] = (byte)random.Next(8);
            batch.Flags[i] = (byte)random.Next(4);
        }

        return batch;
    }

    /// <summary>The batch's columns (trimmed to its count) as the typed-array record.</summary>
    public static TypedMoverColumns Typed(MoverBatch batch) => new(
        batch.SourceRegion, batch.DestinationRegion, batch.MonthIndex, batch.Count,
        batch.Id[..batch.Count], batch.BirthMonth[..batch.Count], batch.ArrivalMonth[..batch.Count], batch.StatusExpiry[..batch.Count],
        batch.Sex[..batch.Count], batch.Citizenship[..batch.Count], batch.Status[..batch.Count],
        batch.Profession[..batch.Count], batch.Activity[..batch.Count], batch.Flags[..batch.Count]);
}
