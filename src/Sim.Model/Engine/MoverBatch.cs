using Sim.Model.Population;

namespace Sim.Model.Engine;

/// <summary>
/// Persons moving from one region to another in one month, as columns of primitives (the person table's
/// columns, trimmed to <see cref="Count"/>), so a serializer can copy every array as raw bytes.
/// </summary>
public sealed class MoverBatch
{
    /// <summary>Creates an empty batch with room for <paramref name="capacity"/> persons.</summary>
    public MoverBatch(int sourceRegion, int destinationRegion, int monthIndex, int capacity)
    {
        SourceRegion = sourceRegion;
        DestinationRegion = destinationRegion;
        MonthIndex = monthIndex;
        Id = new long[capacity];
        BirthMonth = new short[capacity];
        Sex = new byte[capacity];
        Citizenship = new byte[capacity];
        Status = new byte[capacity];
        Profession = new byte[capacity];
        Activity = new byte[capacity];
        Flags = new byte[capacity];
        ArrivalMonth = new short[capacity];
        StatusExpiry = new short[capacity];
    }

    /// <summary>Region the movers leave.</summary>
    public int SourceRegion { get; set; }

    /// <summary>Region the movers join.</summary>
    public int DestinationRegion { get; set; }

    /// <summary><see cref="YearMonth.Index"/> of the month of the move.</summary>
    public int MonthIndex { get; set; }

    /// <summary>Movers in the batch (arrays may be longer).</summary>
    public int Count { get; set; }

    /// <summary>Ids.</summary>
    public long[] Id { get; set; }

    /// <summary>Compact birth months.</summary>
    public short[] BirthMonth { get; set; }

    /// <summary>Sex bytes.</summary>
    public byte[] Sex { get; set; }

    /// <summary>Citizenship bytes.</summary>
    public byte[] Citizenship { get; set; }

    /// <summary>Legal status bytes.</summary>
    public byte[] Status { get; set; }

    /// <summary>Profession bytes.</summary>
    public byte[] Profession { get; set; }

    /// <summary>Activity bytes.</summary>
    public byte[] Activity { get; set; }

    /// <summary>Flag bytes (never <see cref="PersonFlags.Gone"/>).</summary>
    public byte[] Flags { get; set; }

    /// <summary>Compact arrival months.</summary>
    public short[] ArrivalMonth { get; set; }

    /// <summary>Compact status-expiry months.</summary>
    public short[] StatusExpiry { get; set; }

    /// <summary>Row <paramref name="i"/> as a record.</summary>
    public PersonRecord Get(int i) => new(
        Id[i], BirthMonth[i], (Sex)Sex[i], (Citizenship)Citizenship[i], (LegalStatus)Status[i],
        (Profession)Profession[i], (Activity)Activity[i], (PersonFlags)Flags[i], ArrivalMonth[i], StatusExpiry[i]);

    /// <summary>Appends a person (growing the arrays when full).</summary>
    public void Add(in PersonRecord p)
    {
        if (Count == Id.Length)
        {
            Resize(Math.Max(8, Count * 2));
        }

        var i = Count++;
        Id[i] = p.Id;
        BirthMonth[i] = p.BirthMonth;
        Sex[i] = (byte)p.Sex;
        Citizenship[i] = (byte)p.Citizenship;
        Status[i] = (byte)p.Status;
        Profession[i] = (byte)p.Profession;
        Activity[i] = (byte)p.Activity;
        Flags[i] = (byte)(p.Flags & ~PersonFlags.Gone);
        ArrivalMonth[i] = p.ArrivalMonth;
        StatusExpiry[i] = p.StatusExpiry;
    }

    /// <summary>Shrinks the arrays to exactly <see cref="Count"/> (before sending).</summary>
    public void Trim() => Resize(Count);

    private void Resize(int n)
    {
        Id = Copy(Id, n);
        BirthMonth = Copy(BirthMonth, n);
        ArrivalMonth = Copy(ArrivalMonth, n);
        StatusExpiry = Copy(StatusExpiry, n);
        Sex = Copy(Sex, n);
        Citizenship = Copy(Citizenship, n);
        Status = Copy(Status, n);
        Profession = Copy(Profession, n);
        Activity = Copy(Activity, n);
        Flags = Copy(Flags, n);
    }

    private static T[] Copy<T>(T[] source, int n)
    {
        var result = new T[n];
        Array.Copy(source, result, Math.Min(n, source.Length));
        return result;
    }
}
