using System.Runtime.InteropServices;
using Sim.Model.Population;

namespace Sim.Model.Engine;

/// <summary>
/// Binary checkpoint of a region between months: a header (format, region, month, seed), the scalar market
/// state, the last indicator row, the person columns and the event log, each array written as raw bytes.
/// </summary>
internal static class RegionCheckpoint
{
    private const int Format = 3;

    public static void Write(Stream stream, RegionState state, RegionMonthIndicators indicators, YearMonth next)
    {
        using var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        w.Write(Format);
        w.Write(state.Region);
        w.Write(next.Index);
        w.Write(state.Context.Seed);
        w.Write(state.NextSequence);
        w.Write(state.WageKzt);
        w.Write(state.RentIndex);
        w.Write(state.BaseRentKztPerM2);
        w.Write(state.RentalStockM2);
        w.Write(state.ScientificAllowance);
        w.Write(state.InDemandAllowance);
        WriteArray<double>(w, state.Vacancies);
        WriteArray<double>(w, state.ReferenceTightness);
        WriteArray<double>(w, state.Backlog);
        WriteArray<int>(w, state.ReturnsDue);
        WriteArray<int>(w, state.RefusalsDue);
        WriteArray(w, MemoryMarshal.CreateReadOnlySpan(ref indicators, 1));
        var p = state.People;
        w.Write(p.Count);
        WriteArray<long>(w, p.Id);
        WriteArray<short>(w, p.BirthMonth);
        WriteArray<byte>(w, p.Sex);
        WriteArray<byte>(w, p.Citizenship);
        WriteArray<byte>(w, p.Status);
        WriteArray<byte>(w, p.Profession);
        WriteArray<byte>(w, p.Activity);
        WriteArray<byte>(w, p.Flags);
        WriteArray<short>(w, p.ArrivalMonth);
        WriteArray<short>(w, p.StatusExpiry);
        state.Events.Write(w);
    }

    public static (RegionState State, RegionMonthIndicators Indicators, YearMonth Next) Read(Stream stream, ModelContext context)
    {
        using var r = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (r.ReadInt32() != Format)
        {
            throw new InvalidDataException("unknown region checkpoint format");
        }

        var region = r.ReadInt32();
        var next = YearMonth.FromIndex(r.ReadInt32());
        if (r.ReadUInt64() != context.Seed)
        {
            throw new InvalidDataException("the checkpoint was written with another seed");
        }

        var state = new RegionState(context, region)
        {
            NextSequence = r.ReadInt64(),
            WageKzt = r.ReadDouble(),
            RentIndex = r.ReadDouble(),
            BaseRentKztPerM2 = r.ReadDouble(),
            RentalStockM2 = r.ReadDouble(),
            ScientificAllowance = r.ReadDouble(),
            InDemandAllowance = r.ReadDouble(),
            Month = next.AddMonths(-1),
        };
        ReadArray<double>(r, state.Vacancies);
        ReadArray<double>(r, state.ReferenceTightness);
        ReadArray<double>(r, state.Backlog);
        ReadArray<int>(r, state.ReturnsDue);
        ReadArray<int>(r, state.RefusalsDue);
        var indicators = default(RegionMonthIndicators);
        ReadArray(r, MemoryMarshal.CreateSpan(ref indicators, 1));
        var count = r.ReadInt32();
        var p = state.People;
        p.EnsureCapacity(count);
        for (var i = 0; i < count; i++)
        {
            p.Append(default);
        }

        ReadArray<long>(r, p.Id);
        ReadArray<short>(r, p.BirthMonth);
        ReadArray<byte>(r, p.Sex);
        ReadArray<byte>(r, p.Citizenship);
        ReadArray<byte>(r, p.Status);
        ReadArray<byte>(r, p.Profession);
        ReadArray<byte>(r, p.Activity);
        ReadArray<byte>(r, p.Flags);
        ReadArray<short>(r, p.ArrivalMonth);
        ReadArray<short>(r, p.StatusExpiry);
        p.RebuildCohorts();
        state.Events.Read(r);
        return (state, indicators, next);
    }

    internal static void WriteArray<T>(BinaryWriter w, ReadOnlySpan<T> values)
        where T : unmanaged
    {
        w.Write(values.Length);
        w.Write(MemoryMarshal.AsBytes(values));
    }

    internal static void ReadArray<T>(BinaryReader r, Span<T> into)
        where T : unmanaged
    {
        var length = r.ReadInt32();
        if (length != into.Length)
        {
            throw new InvalidDataException($"checkpoint array of {length} values where {into.Length} were expected");
        }

        var bytes = MemoryMarshal.AsBytes(into);
        var read = 0;
        while (read < bytes.Length)
        {
            var n = r.Read(bytes[read..]);
            if (n == 0)
            {
                throw new EndOfStreamException("truncated checkpoint");
            }

            read += n;
        }
    }
}
