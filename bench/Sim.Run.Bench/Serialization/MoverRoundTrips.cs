using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Sim.Grains.Regions;
using Sim.Model.Engine;

namespace Sim.Run.Bench.Serialization;

/// <summary>
/// The round trips the serializer benchmarks time, over one batch of <c>movers</c> plausible movers: Orleans'
/// <see cref="Serializer{T}"/> from a service collection with <c>AddSerializer</c> and the Sim.Grains assembly (plus
/// this one, for <see cref="TypedMoverColumns"/>), as between two silos.
/// </summary>
internal sealed class MoverRoundTrips
{
    private readonly Serializer<MoverShipment> _shipments;
    private readonly Serializer<TypedMoverColumns> _typed;
    private readonly MoverBatch _batch;
    private readonly MoverShipment _shipment;
    private readonly TypedMoverColumns _columns;

    public MoverRoundTrips(int movers)
    {
        var services = new ServiceCollection()
            .AddSerializer(b => b.AddAssembly(typeof(MoverShipment).Assembly).AddAssembly(typeof(TypedMoverColumns).Assembly))
            .BuildServiceProvider();
        _shipments = services.GetRequiredService<Serializer<MoverShipment>>();
        _typed = services.GetRequiredService<Serializer<TypedMoverColumns>>();
        _batch = MoverSamples.Batch(movers);
        _shipment = MoverShipment.From(_batch);
        _columns = MoverSamples.Typed(_batch);
        Movers = movers;
    }

    /// <summary>Movers in every round trip.</summary>
    public int Movers { get; }

    /// <summary>Serialized sizes: the packed shipment, the typed-array record.</summary>
    public (int Shipment, int Typed) SerializedBytes =>
        (_shipments.SerializeToArray(_shipment).Length, _typed.SerializeToArray(_columns).Length);

    /// <summary>A packed shipment written and read back.</summary>
    public int Shipment() => _shipments.Deserialize(_shipments.SerializeToArray(_shipment))!.Count;

    /// <summary>The whole bulk path between two region grains: pack the model's batch, write, read, unpack into typed columns.</summary>
    public int BatchPackUnpack() => _shipments.Deserialize(_shipments.SerializeToArray(MoverShipment.From(_batch)))!.ToBatch().Count;

    /// <summary>The same movers as typed arrays, written element by element by Orleans' array codecs.</summary>
    public int TypedArrays() => _typed.Deserialize(_typed.SerializeToArray(_columns))!.Count;
}
