using System.Runtime.CompilerServices;

namespace Sim.Model.Population;

/// <summary>
/// The persons of one region as a struct of arrays: 20 bytes a person (id 8, birth month 2, six byte columns,
/// arrival month 2, status expiry 2). Rows are appended at the end and removed by swap-with-last once a month.
/// </summary>
public sealed class PersonTable
{
    /// <summary>The compact month meaning "none".</summary>
    public const short NoMonth = short.MinValue;

    private long[] _id;
    private short[] _birth;
    private byte[] _sex;
    private byte[] _citizenship;
    private byte[] _status;
    private byte[] _profession;
    private byte[] _activity;
    private byte[] _flags;
    private short[] _arrival;
    private short[] _expiry;

    /// <summary>Persons by sex and compact birth month, kept exact on every append and removal.</summary>
    private readonly int[] _cohorts = new int[2 * CohortMonths];

    /// <summary>Creates an empty table with room for <paramref name="capacity"/> persons.</summary>
    public PersonTable(int capacity)
    {
        capacity = Math.Max(capacity, 16);
        _id = new long[capacity];
        _birth = new short[capacity];
        _sex = new byte[capacity];
        _citizenship = new byte[capacity];
        _status = new byte[capacity];
        _profession = new byte[capacity];
        _activity = new byte[capacity];
        _flags = new byte[capacity];
        _arrival = new short[capacity];
        _expiry = new short[capacity];
    }

    /// <summary>Compact birth months covered by the cohort counts (1850-01 to 2191-04).</summary>
    public const int CohortMonths = 4096;

    /// <summary>Bytes held per row of capacity.</summary>
    public const int BytesPerRow = 8 + 2 + 6 + 2 + 2;

    /// <summary>Persons in the table.</summary>
    public int Count { get; private set; }

    /// <summary>Rows allocated.</summary>
    public int Capacity => _id.Length;

    /// <summary>Ids.</summary>
    public Span<long> Id => _id.AsSpan(0, Count);

    /// <summary>Compact birth months.</summary>
    public Span<short> BirthMonth => _birth.AsSpan(0, Count);

    /// <summary>Sex (<see cref="Population.Sex"/> as bytes).</summary>
    public Span<byte> Sex => _sex.AsSpan(0, Count);

    /// <summary>Citizenship (<see cref="Population.Citizenship"/> as bytes).</summary>
    public Span<byte> Citizenship => _citizenship.AsSpan(0, Count);

    /// <summary>Legal status (<see cref="LegalStatus"/> as bytes).</summary>
    public Span<byte> Status => _status.AsSpan(0, Count);

    /// <summary>Profession (<see cref="Population.Profession"/> as bytes).</summary>
    public Span<byte> Profession => _profession.AsSpan(0, Count);

    /// <summary>Activity (<see cref="Population.Activity"/> as bytes).</summary>
    public Span<byte> Activity => _activity.AsSpan(0, Count);

    /// <summary>Flags (<see cref="PersonFlags"/> as bytes).</summary>
    public Span<byte> Flags => _flags.AsSpan(0, Count);

    /// <summary>Compact arrival months.</summary>
    public Span<short> ArrivalMonth => _arrival.AsSpan(0, Count);

    /// <summary>Compact status-expiry months.</summary>
    public Span<short> StatusExpiry => _expiry.AsSpan(0, Count);

    /// <summary>Appends a person and returns its row.</summary>
    public int Append(in PersonRecord p)
    {
        if (Count == _id.Length)
        {
            Grow(Count + 1);
        }

        var i = Count++;
        _id[i] = p.Id;
        _birth[i] = p.BirthMonth;
        _sex[i] = (byte)p.Sex;
        _citizenship[i] = (byte)p.Citizenship;
        _status[i] = (byte)p.Status;
        _profession[i] = (byte)p.Profession;
        _activity[i] = (byte)p.Activity;
        _flags[i] = (byte)p.Flags;
        _arrival[i] = p.ArrivalMonth;
        _expiry[i] = p.StatusExpiry;
        _cohorts[CohortIndex(_sex[i], _birth[i])]++;
        return i;
    }

    /// <summary>
    /// Persons of a sex by compact birth month (index = months since <see cref="YearMonth.CompactEpoch"/>):
    /// the age-sex histogram of any month without a pass over the table.
    /// </summary>
    public ReadOnlySpan<int> Cohorts(Sex sex) => _cohorts.AsSpan((int)sex * CohortMonths, CohortMonths);

    /// <summary>Recounts the cohorts from the columns (after columns were written directly, e.g. a checkpoint).</summary>
    internal void RebuildCohorts()
    {
        Array.Clear(_cohorts);
        for (var i = 0; i < Count; i++)
        {
            _cohorts[CohortIndex(_sex[i], _birth[i])]++;
        }
    }

    private static int CohortIndex(byte sex, short birth) => ((sex & 1) * CohortMonths) + Math.Clamp((int)birth, 0, CohortMonths - 1);

    /// <summary>Reads one row.</summary>
    public PersonRecord Get(int i) => new(
        _id[i], _birth[i], (Sex)_sex[i], (Citizenship)_citizenship[i], (LegalStatus)_status[i],
        (Profession)_profession[i], (Activity)_activity[i], (PersonFlags)_flags[i], _arrival[i], _expiry[i]);

    /// <summary>Whether row <paramref name="i"/> was removed this month.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsGone(int i) => (_flags[i] & (byte)PersonFlags.Gone) != 0;

    /// <summary>Marks row <paramref name="i"/> removed; it disappears at <see cref="RemoveGone"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void MarkGone(int i) => _flags[i] |= (byte)PersonFlags.Gone;

    /// <summary>
    /// Removes the rows listed (all marked gone) by moving the last row into each hole, in descending row order
    /// so a moved row is never one still to be removed. Costs O(k log k) for k removals.
    /// </summary>
    public void RemoveGone(List<int> rows)
    {
        rows.Sort();
        for (var k = rows.Count - 1; k >= 0; k--)
        {
            var i = rows[k];
            _cohorts[CohortIndex(_sex[i], _birth[i])]--;
            var last = --Count;
            if (i != last)
            {
                _id[i] = _id[last];
                _birth[i] = _birth[last];
                _sex[i] = _sex[last];
                _citizenship[i] = _citizenship[last];
                _status[i] = _status[last];
                _profession[i] = _profession[last];
                _activity[i] = _activity[last];
                _flags[i] = _flags[last];
                _arrival[i] = _arrival[last];
                _expiry[i] = _expiry[last];
            }
        }

        rows.Clear();
    }

    /// <summary>Makes room for at least <paramref name="capacity"/> rows.</summary>
    public void EnsureCapacity(int capacity)
    {
        if (capacity > _id.Length)
        {
            Grow(capacity);
        }
    }

    private void Grow(int needed)
    {
        var capacity = Math.Max(needed, _id.Length + (_id.Length / 8) + 16);
        Array.Resize(ref _id, capacity);
        Array.Resize(ref _birth, capacity);
        Array.Resize(ref _sex, capacity);
        Array.Resize(ref _citizenship, capacity);
        Array.Resize(ref _status, capacity);
        Array.Resize(ref _profession, capacity);
        Array.Resize(ref _activity, capacity);
        Array.Resize(ref _flags, capacity);
        Array.Resize(ref _arrival, capacity);
        Array.Resize(ref _expiry, capacity);
    }
}
