using System.Runtime.InteropServices;
using Orleans;
using Sim.Model.Engine;

namespace Sim.Grains.Regions;

/// <summary>
/// One month's movers from one region to another, as the message between region grains: the columns of a
/// <see cref="MoverBatch"/> packed into one byte block. Orleans writes a <c>long[]</c> or <c>short[]</c> element by
/// element but a <c>byte[]</c> as one copy, so the columns travel as bytes (20 per mover) and are cut back into
/// typed arrays on arrival. Column order in <see cref="Columns"/>: id (8), birth month (2), arrival month (2),
/// status expiry (2), then sex, citizenship, status, profession, activity, flags (1 each), each <see cref="Count"/> long.
/// </summary>
/// <param name="SourceRegion">Region the movers leave.</param>
/// <param name="DestinationRegion">Region they join.</param>
/// <param name="MonthIndex">Month of the move (<c>YearMonth.Index</c>).</param>
/// <param name="Count">Movers in the shipment.</param>
/// <param name="Columns">The packed columns (<see cref="BytesPerMover"/> × <paramref name="Count"/> bytes).</param>
[GenerateSerializer, Immutable]
public sealed record MoverShipment(int SourceRegion, int DestinationRegion, int MonthIndex, int Count, byte[] Columns)
{
    /// <summary>Bytes one mover takes in <see cref="Columns"/>.</summary>
    public const int BytesPerMover = sizeof(long) + (3 * sizeof(short)) + 6;

    /// <summary>Packs the first <see cref="MoverBatch.Count"/> movers of <paramref name="batch"/>.</summary>
    public static MoverShipment From(MoverBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var n = batch.Count;
        var block = new byte[n * BytesPerMover];
        var writer = new ColumnCursor(block, n);
        writer.Put<long>(batch.Id);
        writer.Put<short>(batch.BirthMonth);
        writer.Put<short>(batch.ArrivalMonth);
        writer.Put<short>(batch.StatusExpiry);
        writer.Put<byte>(batch.Sex);
        writer.Put<byte>(batch.Citizenship);
        writer.Put<byte>(batch.Status);
        writer.Put<byte>(batch.Profession);
        writer.Put<byte>(batch.Activity);
        writer.Put<byte>(batch.Flags);
        return new(batch.SourceRegion, batch.DestinationRegion, batch.MonthIndex, n, block);
    }

    /// <summary>The shipment as the model's batch (new arrays of exactly <see cref="Count"/> movers).</summary>
    public MoverBatch ToBatch()
    {
        if (Count < 0 || Columns.Length != (long)Count * BytesPerMover)
        {
            throw new InvalidOperationException(
                $"shipment from region {SourceRegion} to {DestinationRegion}: {Columns.Length} bytes for {Count} movers (expected {BytesPerMover} each)");
        }

        var reader = new ColumnCursor(Columns, Count);
        return new MoverBatch(SourceRegion, DestinationRegion, MonthIndex, 0)
        {
            Count = Count,
            Id = reader.Take<long>(),
            BirthMonth = reader.Take<short>(),
            ArrivalMonth = reader.Take<short>(),
            StatusExpiry = reader.Take<short>(),
            Sex = reader.Take<byte>(),
            Citizenship = reader.Take<byte>(),
            Status = reader.Take<byte>(),
            Profession = reader.Take<byte>(),
            Activity = reader.Take<byte>(),
            Flags = reader.Take<byte>(),
        };
    }

    /// <summary>Walks the block column by column.</summary>
    private ref struct ColumnCursor(byte[] block, int count)
    {
        private int _offset;

        public void Put<T>(T[] column)
            where T : unmanaged
        {
            var bytes = MemoryMarshal.AsBytes(column.AsSpan(0, count));
            bytes.CopyTo(block.AsSpan(_offset));
            _offset += bytes.Length;
        }

        public T[] Take<T>()
            where T : unmanaged
        {
            var column = new T[count];
            var bytes = MemoryMarshal.AsBytes(column.AsSpan());
            block.AsSpan(_offset, bytes.Length).CopyTo(bytes);
            _offset += bytes.Length;
            return column;
        }
    }
}
