namespace Sim.Model.Population;

/// <summary>
/// A region's log of rare events as a bounded ring of columns (month, person id, kind, detail, other region):
/// 16 bytes an event, allocated once; when full the oldest events are overwritten. Events are numbered by a
/// running sequence so a reader can take "everything since sequence s" (e.g. this month's events).
/// </summary>
public sealed class EventLog
{
    private readonly int[] _month;
    private readonly long[] _person;
    private readonly byte[] _kind;
    private readonly byte[] _detail;
    private readonly short[] _other;

    /// <summary>Creates a log keeping the last <paramref name="capacity"/> events.</summary>
    public EventLog(int region, int capacity)
    {
        Region = region;
        Capacity = Math.Max(0, capacity);
        _month = new int[Capacity];
        _person = new long[Capacity];
        _kind = new byte[Capacity];
        _detail = new byte[Capacity];
        _other = new short[Capacity];
    }

    /// <summary>The region the log belongs to.</summary>
    public int Region { get; }

    /// <summary>Events kept at most.</summary>
    public int Capacity { get; }

    /// <summary>Events ever written; the sequence number of the next event.</summary>
    public long Written { get; private set; }

    /// <summary>Sequence number of the oldest event still kept.</summary>
    public long Oldest => Math.Max(0, Written - Capacity);

    /// <summary>Records an event.</summary>
    public void Add(YearMonth month, long person, PersonEventKind kind, byte detail = 0, int otherRegion = -1)
    {
        if (Capacity == 0)
        {
            Written++;
            return;
        }

        var i = (int)(Written % Capacity);
        _month[i] = month.Index;
        _person[i] = person;
        _kind[i] = (byte)kind;
        _detail[i] = detail;
        _other[i] = (short)otherRegion;
        Written++;
    }

    /// <summary>The event with sequence number <paramref name="sequence"/> (between <see cref="Oldest"/> and <see cref="Written"/>).</summary>
    public PersonEvent Get(long sequence)
    {
        if (sequence < Oldest || sequence >= Written)
        {
            throw new ArgumentOutOfRangeException(nameof(sequence), sequence, "event no longer (or not yet) in the log");
        }

        var i = (int)(sequence % Capacity);
        return new PersonEvent(YearMonth.FromIndex(_month[i]), _person[i], Region, (PersonEventKind)_kind[i], _detail[i], _other[i]);
    }

    /// <summary>Writes the ring (for checkpoints).</summary>
    internal void Write(BinaryWriter w)
    {
        w.Write(Capacity);
        w.Write(Written);
        Engine.RegionCheckpoint.WriteArray<int>(w, _month);
        Engine.RegionCheckpoint.WriteArray<long>(w, _person);
        Engine.RegionCheckpoint.WriteArray<byte>(w, _kind);
        Engine.RegionCheckpoint.WriteArray<byte>(w, _detail);
        Engine.RegionCheckpoint.WriteArray<short>(w, _other);
    }

    /// <summary>Reads a ring written by <see cref="Write"/> into this log of the same capacity.</summary>
    internal void Read(BinaryReader r)
    {
        if (r.ReadInt32() != Capacity)
        {
            throw new InvalidDataException("event log capacity differs from the checkpoint");
        }

        Written = r.ReadInt64();
        Engine.RegionCheckpoint.ReadArray<int>(r, _month);
        Engine.RegionCheckpoint.ReadArray<long>(r, _person);
        Engine.RegionCheckpoint.ReadArray<byte>(r, _kind);
        Engine.RegionCheckpoint.ReadArray<byte>(r, _detail);
        Engine.RegionCheckpoint.ReadArray<short>(r, _other);
    }

    /// <summary>Appends the kept events of one person, oldest first, to <paramref name="into"/>.</summary>
    public void History(long person, List<PersonEvent> into)
    {
        for (var s = Oldest; s < Written; s++)
        {
            if (_person[(int)(s % Capacity)] == person)
            {
                into.Add(Get(s));
            }
        }
    }
}
