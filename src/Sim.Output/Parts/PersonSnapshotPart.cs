using Sim.Output.Dictionary;
using Sim.Model;
using Sim.Model.Population;
using Sim.Model.Regions;
using Sim.Parquet;

namespace Sim.Output.Parts;

/// <summary>
/// Writes a region's person microdata snapshot (<c>persons/year=YYYY/part-RR.parquet</c>) straight from the
/// region's columns, in chunks, so memory stays one chunk of row buffers whatever the region's size.
/// </summary>
public static class PersonSnapshotPart
{
    private const int ChunkRows = 1 << 16;

    // A row group is buffered (encoded) until it is cut; 256K rows keep that to tens of MB per concurrent writer
    // while staying large enough for readers to skip by statistics.
    private const int RowGroupRows = 1 << 18;

    /// <summary>The part's path relative to the run folder.</summary>
    public static string RelativePath(int year, int region) => $"{OutputTables.Persons.Name}/year={year}/part-{region:D2}.parquet";

    /// <summary>Writes the persons of <paramref name="people"/> as they are at the end of <paramref name="month"/> into <paramref name="stream"/>, pages compressed with <paramref name="compression"/>.</summary>
    public static OutputFileInfo Write(Stream stream, OutputTags tags, ParquetCompression compression, Region region, YearMonth month, double weight, PersonTable people)
    {
        var relative = RelativePath(month.Year, region.Index);
        using var part = new PartFile(stream, relative, OutputTables.Persons, tags, compression, RowGroupRows);
        var buffers = new Buffers(Math.Min(ChunkRows, Math.Max(1, people.Count)));
        var snapshot = MonthDate.Of(month);
        var compactMonth = month.ToCompact();

        // The categorical columns go in as the table's byte codes (the region's as code 0 of one category); the
        // snapshot date and the weight, the same in every row, as one value each.
        string[] regionCode = [region.Code];
        for (var start = 0; start < people.Count; start += ChunkRows)
        {
            var n = Math.Min(ChunkRows, people.Count - start);
            buffers.Fill(people, start, n, compactMonth);
            var w = part.Writer;
            w.WriteRepeated(snapshot, n);
            w.WriteColumn<long>(people.Id.Slice(start, n));
            w.WriteCategories(buffers.Zeros(n), regionCode);
            w.WriteColumn<DateOnly>(buffers.Birth.AsSpan(0, n));
            w.WriteColumn<short>(buffers.Age.AsSpan(0, n));
            w.WriteCategories(people.Sex.Slice(start, n), CategoryNames.Sex);
            w.WriteCategories(people.Citizenship.Slice(start, n), CategoryNames.Citizenship);
            w.WriteCategories(people.Status.Slice(start, n), CategoryNames.LegalStatus);
            w.WriteCategories(people.Profession.Slice(start, n), CategoryNames.Profession);
            w.WriteCategories(people.Activity.Slice(start, n), CategoryNames.Activity);
            w.WriteColumn<DateOnly>(buffers.Arrival.AsSpan(0, n), buffers.ArrivalPresent.AsSpan(0, n));
            w.WriteColumn<DateOnly>(buffers.Expiry.AsSpan(0, n), buffers.ExpiryPresent.AsSpan(0, n));
            var flags = people.Flags.Slice(start, n);
            w.WriteColumn<bool>(buffers.Flag(flags, PersonFlags.Kandas));
            w.WriteColumn<bool>(buffers.Flag(flags, PersonFlags.Investor));
            w.WriteColumn<bool>(buffers.Flag(flags, PersonFlags.RelocationParticipant));
            w.WriteColumn<bool>(buffers.Flag(flags, PersonFlags.Urban));
            w.WriteColumn<bool>(buffers.Flag(flags, PersonFlags.RefugeeClaimant));
            w.WriteColumn<bool>(buffers.Flag(flags, PersonFlags.MigrantIdCard));
            w.WriteRepeated(weight, n);
        }

        return part.Complete();
    }

    /// <summary>Row buffers of one chunk, reused across chunks.</summary>
    private sealed class Buffers(int size)
    {
        private readonly byte[] _zeros = new byte[size];
        private readonly bool[] _flag = new bool[size];

        public DateOnly[] Birth { get; } = new DateOnly[size];

        public short[] Age { get; } = new short[size];

        public DateOnly[] Arrival { get; } = new DateOnly[size];

        public bool[] ArrivalPresent { get; } = new bool[size];

        public DateOnly[] Expiry { get; } = new DateOnly[size];

        public bool[] ExpiryPresent { get; } = new bool[size];

        public void Fill(PersonTable people, int start, int n, short compactMonth)
        {
            var birth = people.BirthMonth.Slice(start, n);
            var arrival = people.ArrivalMonth.Slice(start, n);
            var expiry = people.StatusExpiry.Slice(start, n);
            for (var i = 0; i < n; i++)
            {
                MonthDate.TryOfCompact(birth[i], out Birth[i]);
                Age[i] = (short)((compactMonth - birth[i]) / 12);
                ArrivalPresent[i] = MonthDate.TryOfCompact(arrival[i], out Arrival[i]);
                ExpiryPresent[i] = MonthDate.TryOfCompact(expiry[i], out Expiry[i]);
            }
        }

        public ReadOnlySpan<byte> Zeros(int n) => _zeros.AsSpan(0, n);

        public ReadOnlySpan<bool> Flag(ReadOnlySpan<byte> flags, PersonFlags flag)
        {
            for (var i = 0; i < flags.Length; i++)
            {
                _flag[i] = (flags[i] & (byte)flag) != 0;
            }

            return _flag.AsSpan(0, flags.Length);
        }
    }
}
