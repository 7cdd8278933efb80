using Sim.Model.Engine;

namespace Sim.Model.Tests.Engine;

public sealed class CheckpointTests
{
    [Fact]
    public void A_run_restored_from_a_checkpoint_continues_identically()
    {
        var ctx = Shared.Context(0.002, 31, "mobilisation-2022.yaml");
        var reference = new SequentialDriver(ctx);
        for (var m = 0; m < 8; m++)
        {
            reference.Step();
        }

        var images = reference.Regions.Select(r =>
        {
            using var stream = new MemoryStream();
            r.WriteCheckpoint(stream);
            return stream.ToArray();
        }).ToArray();
        var restored = images.Select(bytes => RegionSimulation.ReadCheckpoint(ctx, new MemoryStream(bytes))).ToArray();
        var national = MonthProtocol.Aggregate(restored.Select(r => r.Indicators));
        Assert.Equal(reference.National.Total, national.Total);

        for (var m = 0; m < 6; m++)
        {
            var month = reference.NextMonth;
            var expected = reference.Step();
            var results = restored.Select(r => r.Advance(month, national)).ToArray();
            var routed = MonthProtocol.Route(results, ctx.RegionCount);
            var rows = restored.Select(r => r.Receive(routed[r.RegionIndex])).ToArray();
            national = NationalIndicators.Aggregate(rows);
            Assert.Equal(expected.Regions, rows);
        }

        for (var r = 0; r < restored.Length; r++)
        {
            Assert.True(reference.Regions[r].People.Id.SequenceEqual(restored[r].People.Id));
            Assert.True(reference.Regions[r].People.StatusExpiry.SequenceEqual(restored[r].People.StatusExpiry));
            Assert.Equal(reference.Regions[r].Events.Written, restored[r].Events.Written);
        }
    }

    [Fact]
    public void A_checkpoint_of_another_seed_is_refused()
    {
        var region = RegionSimulation.Create(Shared.Context(0.0005, 1), 3);
        using var stream = new MemoryStream();
        region.WriteCheckpoint(stream);
        stream.Position = 0;
        Assert.Throws<InvalidDataException>(() => RegionSimulation.ReadCheckpoint(Shared.Context(0.0005, 2), stream));
    }
}
