namespace Sim.Parquet.Bench.Macro;

/// <summary>
/// The benchmark's person-like table: 12 columns of the kinds a simulation writes (int64 ids, small enums,
/// dates, dictionary strings, doubles, a timestamp, some nulls). Every value is a pure function of the row
/// number, so the checksum DuckDB computes from the written file can be predicted independently.
/// </summary>
internal static class PersonTable
{
    private static readonly int FirstBirthDay = new DateOnly(1930, 1, 1).DayNumber;
    private static readonly long ContactEpochTicks = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
    private const long ContactSpanMicros = 5L * 365 * 86_400_000_000;

    public static readonly string[] Regions = [.. Enumerable.Range(0, 96).Select(i => $"Region {i:D3}")];

    public static readonly string[] Occupations =
    [
        .. Enumerable.Range(0, 40).Select(i => $"{Syllables[i % Syllables.Length]}{Syllables[(i * 7 + 3) % Syllables.Length]} worker"),
    ];

    public static readonly string[] FirstNames = [.. Enumerable.Range(0, 2000).Select(Name)];

    private static string[] Syllables => ["an", "be", "co", "da", "el", "fi", "go", "ha", "is", "jo", "ka", "lu", "ma", "ne", "or", "pa"];

    public static bool StatusIsNull(long row) => Mix.Below(row, 3, 20) == 0;

    public static bool OccupationIsNull(long row) => Mix.Below(row, 8, 5) == 0;

    public static sbyte AgeGroup(long row) => (sbyte)Mix.Below(row, 2, 18);

    public static bool Employed(long row) => Mix.Below(row, 12, 3) != 0;

    public static int FirstNameIndex(long row) => Mix.Below(row, 7, FirstNames.Length);

    /// <summary>Creates fresh column objects (each owns its batch buffers), optionally only the named ones.</summary>
    public static BenchColumn[] Columns(IReadOnlyCollection<string>? only = null)
    {
        BenchColumn[] all =
        [
            new ValueColumn<long>("person_id", ParquetType.Int64, row => row + 1),
            new ValueColumn<long>("household_id", ParquetType.Int64, row => (row / 3) + 1),
            new ValueColumn<byte>("sex", ParquetType.UInt8, row => (byte)Mix.Below(row, 1, 2)),
            new ValueColumn<sbyte>("age_group", ParquetType.Int8, AgeGroup),
            new ValueColumn<short>("status", ParquetType.Int16, row => (short)Mix.Below(row, 4, 6), StatusIsNull),
            new ValueColumn<DateOnly>(
                "birth_date", ParquetType.Date, row => DateOnly.FromDayNumber(FirstBirthDay + Mix.Below(row, 5, 32_000))),
            new StringColumn("region", Regions, row => Mix.Below(row, 6, Regions.Length)),
            new StringColumn("first_name", FirstNames, FirstNameIndex),
            new StringColumn("occupation", Occupations, row => Mix.Below(row, 9, Occupations.Length), OccupationIsNull),
            new ValueColumn<double>(
                "income", ParquetType.Double, row => 20_000 + (Mix.Below(row, 11, 10_000_000) / 100.0), row => Mix.Below(row, 10, 10) == 0),
            new ValueColumn<bool>("employed", ParquetType.Boolean, Employed),
            new ValueColumn<DateTime>(
                "last_contact",
                ParquetType.TimestampMicros,
                row => new DateTime(ContactEpochTicks + ((long)(Mix.Hash(row, 14) % ContactSpanMicros) * 10), DateTimeKind.Utc),
                row => Mix.Below(row, 13, 10) < 3),
        ];
        if (only is null || only.Count == 0)
        {
            return all;
        }

        var unknown = only.Where(name => all.All(c => c.Name != name)).ToArray();
        if (unknown.Length > 0)
        {
            throw new ArgumentException(
                $"unknown column(s) {string.Join(", ", unknown)}; known: {string.Join(", ", all.Select(c => c.Name))}");
        }

        return [.. all.Where(c => only.Contains(c.Name))];
    }

    private static string Name(int i)
    {
        var s = Syllables;
        var name = s[i % s.Length] + s[(i / s.Length) % s.Length] + (i >= 256 ? s[(i / 256) % s.Length] : string.Empty);
        return char.ToUpperInvariant(name[0]) + name[1..];
    }
}
