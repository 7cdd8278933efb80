using System.Diagnostics;
using Sim.Grains.Regions;
using Sim.Run.Bench.Common;

namespace Sim.Run.Bench.Serialization;

/// <summary>
/// Mover serialization throughput measured by CPU time, for a shared machine where BenchmarkDotNet's wall-clock
/// means are inflated by other work: the three round trips of <see cref="MoverRoundTrips"/> alternate, each sample
/// a fixed number of operations sized to about <see cref="SampleCpu"/> of CPU, timed by the process's CPU time
/// (every thread, so the garbage collector's work counts) and by wall time. Figures are medians over the rounds.
/// </summary>
internal static class ShipmentsMacro
{
    private static readonly TimeSpan SampleCpu = TimeSpan.FromMilliseconds(400);

    public static int Run(ShipmentsOptions options)
    {
        Console.WriteLine($"shipments: Orleans Serializer<T> round trips (serialize to an array, deserialize), {options.Rounds} rounds, " +
            $"variants alternating; {Environment.ProcessorCount} processors, .NET {Environment.Version}, load average {MachineLoad.Averages()}");
        Console.WriteLine();
        Console.WriteLine("| movers | round trip | serialized bytes | CPU per op | movers/s per CPU-second | MB/s per CPU-second | MB/s wall | gen2 GCs per 1,000 ops | CPU ratio to packed shipment |");
        Console.WriteLine("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var movers in options.MoverCounts)
        {
            var trips = new MoverRoundTrips(movers);
            var (shipmentBytes, typedBytes) = trips.SerializedBytes;
            var variants = new (string Name, Func<int> Op, int Bytes)[]
            {
                ("MoverShipment (packed byte[])", trips.Shipment, shipmentBytes),
                ("pack batch + MoverShipment + unpack", trips.BatchPackUnpack, shipmentBytes),
                ("typed arrays (long[], short[], byte[])", trips.TypedArrays, typedBytes),
            };
            var ops = variants.Select(v => Calibrate(v.Op)).ToArray();
            var cpu = variants.Select(_ => new List<double>()).ToArray();
            var wall = variants.Select(_ => new List<double>()).ToArray();
            var gen2 = new double[variants.Length];
            for (var round = 0; round < options.Rounds; round++)
            {
                for (var v = 0; v < variants.Length; v++)
                {
                    var collections = GC.CollectionCount(2);
                    var (c, w) = Sample(variants[v].Op, ops[v]);
                    gen2[v] += (GC.CollectionCount(2) - collections) * 1000.0 / ops[v] / options.Rounds;
                    cpu[v].Add(c.TotalSeconds / ops[v]);
                    wall[v].Add(w.TotalSeconds / ops[v]);
                }
            }

            var packedCpu = Stats.Median(cpu[0]);
            for (var v = 0; v < variants.Length; v++)
            {
                var perOp = Stats.Median(cpu[v]);
                var payload = (double)movers * MoverShipment.BytesPerMover;
                Console.WriteLine($"| {movers:N0} | {variants[v].Name} | {variants[v].Bytes:N0} | {perOp * 1e6:0.00} µs | {movers / perOp:N0} | " +
                    $"{payload / perOp / 1e6:N0} | {payload / Stats.Median(wall[v]) / 1e6:N0} | {gen2[v]:0.#} | {perOp / packedCpu:0.00}x |");
            }
        }

        Console.WriteLine();
        Console.WriteLine($"MB = 10^6 bytes of mover payload ({MoverShipment.BytesPerMover} bytes per mover, whatever the encoding); load average at the end: {MachineLoad.Averages()}");
        return 0;
    }

    /// <summary>Warms the operation up and returns how many calls take about <see cref="SampleCpu"/> of CPU.</summary>
    private static int Calibrate(Func<int> op)
    {
        var ops = 1;
        while (true)
        {
            var (cpu, _) = Sample(op, ops);
            if (cpu >= SampleCpu / 4)
            {
                return Math.Max(1, (int)(ops * (SampleCpu / cpu)));
            }

            ops *= 2;
        }
    }

    private static (TimeSpan Cpu, TimeSpan Wall) Sample(Func<int> op, int ops)
    {
        var cpu = ProcessCpu.Now();
        var start = Stopwatch.GetTimestamp();
        var sink = 0;
        for (var i = 0; i < ops; i++)
        {
            sink ^= op();
        }

        GC.KeepAlive(sink);
        return (ProcessCpu.Now() - cpu, Stopwatch.GetElapsedTime(start));
    }
}
