using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Sim.Parquet.Tests.Support;
using TestData = Sim.Parquet.Tests.Support.TestData;

namespace Sim.Parquet.Tests.RoundTrip;

/// <summary>FsCheck: random schemas, data, batch sizes and writer settings read back exactly.</summary>
public sealed class RandomSchemaPropertyTests
{
    [Fact]
    public void Random_schemas_and_data_round_trip_exactly()
    {
        var column =
            from type in Gen.Elements(TestData.WritableTypes)
            from nullable in Gen.Elements(true, false)
            from nulls in Gen.Elements(Enum.GetValues<NullPattern>())
            from cardinality in Gen.Elements(0, 1, 3, 50)
            select new ColumnCase(type, nullable, nulls, cardinality);
        var cases =
            from count in Gen.Choose(1, 6)
            from columns in Gen.ArrayOf<ColumnCase>(column, count)
            from rows in Gen.Choose(0, 700)
            from batch in Gen.Choose(1, 300)
            from codec in Gen.Elements(Enum.GetValues<ParquetCompression>())
            from dictionary in Gen.Elements(true, false)
            from pageBytes in Gen.Elements(200, 5_000, 1 << 20)
            from groupRows in Gen.Elements(50, 333, 1 << 20)
            from seed in Gen.Choose(0, int.MaxValue)
            select new FileCase(columns, rows, batch, codec, dictionary, pageBytes, groupRows, seed);

        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(200).WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(2026UL), FSharpOption<int>.None))),
            Prop.ForAll(Arb.From(cases), file =>
            {
                var columns = file.Columns
                    .Select((c, i) => TestData.Column(new ParquetField($"c{i}", c.Type, c.Nullable), file.Rows, (ulong)file.Seed + (ulong)i, c.Nulls, c.Cardinality))
                    .ToArray();
                var options = ParquetBytes.Options(file.Codec, file.Dictionary, file.GroupRows, file.PageBytes);
                var bytes = FileRoundTrip.Write(columns, options, file.Batch);
                var problem = FileRoundTrip.Verify(bytes, columns);
                Assert.True(problem is null, $"{file}: {problem}");
            }));
    }

    private sealed record ColumnCase(ParquetType Type, bool Nullable, NullPattern Nulls, int Cardinality);

    private sealed record FileCase(
        ColumnCase[] Columns, int Rows, int Batch, ParquetCompression Codec, bool Dictionary, int PageBytes, int GroupRows, int Seed)
    {
        public override string ToString() =>
            $"{Rows} rows in batches of {Batch}, {Codec}, dictionary {Dictionary}, pages {PageBytes} B, groups {GroupRows} rows, seed {Seed}, " +
            $"columns [{string.Join(", ", Columns.Select(c => $"{c.Type}{(c.Nullable ? "?" : "")} {c.Nulls} card {c.Cardinality}"))}]";
    }
}
