using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Sim.Grains.Regions;

namespace Sim.Run.Bench.Serialization;

/// <summary>
/// Movers through Orleans' serializer, as they cross silos (see <see cref="MoverRoundTrips"/>): a packed
/// <see cref="MoverShipment"/>; the same with the packing and unpacking of the model's batch (the whole bulk path);
/// and, for contrast, the same movers as a record of typed arrays. Run:
/// <c>dotnet run -c Release --project bench/Sim.Run.Bench -- --filter '*MoverShipmentBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class MoverShipmentBenchmarks
{
    private MoverRoundTrips _trips = null!;

    /// <summary>Movers in the shipment: small, medium (20 kB of payload, under the large-object heap), large.</summary>
    [Params(100, 1_000, 100_000)]
    public int Movers { get; set; }

    /// <summary>Builds the serializers and one batch of plausible movers (fixed seed).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _trips = new MoverRoundTrips(Movers);
        var (shipment, typed) = _trips.SerializedBytes;
        Console.WriteLine($"// {Movers} movers: MoverShipment {shipment:N0} bytes serialized, TypedMoverColumns {typed:N0} bytes");
    }

    /// <summary>A packed shipment written and read back.</summary>
    [Benchmark(Baseline = true)]
    public int ShipmentRoundTrip() => _trips.Shipment();

    /// <summary>Pack the model's batch, write, read, unpack.</summary>
    [Benchmark]
    public int BatchPackRoundTripUnpack() => _trips.BatchPackUnpack();

    /// <summary>The same movers as typed arrays.</summary>
    [Benchmark]
    public int TypedArraysRoundTrip() => _trips.TypedArrays();

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig()
        {
            AddColumn(new MoverThroughputColumn(megabytes: false), new MoverThroughputColumn(megabytes: true));
        }
    }
}
