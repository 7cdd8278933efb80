using FsCheck;
using FsCheck.Fluent;
using Sim.Model.Population;

namespace Sim.Model.Tests.Population;

/// <summary>
/// <see cref="AgeStructure.CellAt"/> (guide table, then a short scan) must pick the cell a plain search over the
/// cumulative shares picks for every draw: synthesis draws one per person, so any difference would change the bytes.
/// </summary>
public sealed class AgeStructureCellTests
{
    private static readonly AgeStructure Ages = Shared.Context(0.0001).AgeStructure;

    [Fact]
    public void Bucket_edges_and_the_cumulative_shares_themselves_pick_the_first_cell_above_them()
    {
        var draws = new List<double>();
        for (var b = 0; b < 4096; b++)
        {
            draws.Add(b / 4096.0);
        }

        foreach (var c in Ages.Cumulative)
        {
            draws.AddRange([c, Math.BitDecrement(c), Math.BitIncrement(c)]);
        }

        draws.Add(Math.BitDecrement(1.0));
        foreach (var u in draws.Where(u => u is >= 0 and < 1))
        {
            Assert.Equal(FirstAbove(Ages.Cumulative, u), Ages.CellAt(u));
        }
    }

    [Fact]
    public void Any_draw_picks_the_first_cell_whose_cumulative_share_exceeds_it() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (high, low) =>
        {
            // 53 random bits, as RandomStream.NextDouble makes them.
            var u = ((((ulong)high << 22) ^ (ulong)low) & ((1UL << 53) - 1)) * (1.0 / (1UL << 53));
            return FirstAbove(Ages.Cumulative, u) == Ages.CellAt(u);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Cells_follow_the_shares()
    {
        // Every cell is picked by exactly the draws in [cumulative[i-1], cumulative[i]): its share of a fine grid.
        const int grid = 1 << 20;
        var counts = new int[Ages.Cumulative.Length];
        for (var k = 0; k < grid; k++)
        {
            counts[Ages.CellAt((k + 0.5) / grid)]++;
        }

        for (var i = 0; i < counts.Length; i++)
        {
            // The grid's points in a cell's interval: its share times the grid, give or take one at either end.
            Assert.InRange(counts[i], (Ages.Shares[i] * grid) - 1, (Ages.Shares[i] * grid) + 1);
        }
    }

    /// <summary>The reference: a linear scan, clamped to the last cell.</summary>
    private static int FirstAbove(ReadOnlySpan<double> cumulative, double u)
    {
        for (var i = 0; i < cumulative.Length; i++)
        {
            if (cumulative[i] > u)
            {
                return i;
            }
        }

        return cumulative.Length - 1;
    }
}
