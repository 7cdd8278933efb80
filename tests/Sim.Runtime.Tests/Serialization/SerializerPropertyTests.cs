using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Sim.Runtime.Tests.Types;
using static Sim.Runtime.Tests.Serialization.SerializerHarness;

namespace Sim.Runtime.Tests.Serialization;

public sealed class SerializerPropertyTests
{
    private static Config Seeded => Config.QuickThrowOnFailure.WithMaxTest(200).WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(2030UL), FSharpOption<int>.None)));

    [Fact]
    public void Primitive_arrays_round_trip() =>
        Check.One(Seeded, Prop.ForAll<int[], long[], (double[] Doubles, byte[] Bytes)>((ints, longs, rest) =>
            RoundTrip(ints).SequenceEqual(ints)
            && RoundTrip(longs).SequenceEqual(longs)
            && RoundTrip(rest.Doubles).Select(BitConverter.DoubleToInt64Bits).SequenceEqual(rest.Doubles.Select(BitConverter.DoubleToInt64Bits))
            && RoundTrip(rest.Bytes).SequenceEqual(rest.Bytes)));

    [Fact]
    public void Strings_and_string_collections_round_trip() =>
        Check.One(Seeded, Prop.ForAll<string?, string?[], Dictionary<int, string?>>((text, texts, map) =>
            RoundTrip(text) == text
            && RoundTrip(texts.ToList()).SequenceEqual(texts)
            && RoundTrip(map).OrderBy(p => p.Key).SequenceEqual(map.OrderBy(p => p.Key))));

    [Fact]
    public void Unmanaged_struct_arrays_round_trip() =>
        Check.One(Seeded, Prop.ForAll<(int Id, short Month, byte Sex, float Income)[]>(raw =>
        {
            var rows = raw.Select(r => new PersonRow { Id = r.Id, BirthMonth = r.Month, Sex = r.Sex, Income = r.Income }).ToArray();
            var back = RoundTrip(rows);
            return back.Length == rows.Length && back.Zip(rows).All(p => p.First.Id == p.Second.Id && p.First.BirthMonth == p.Second.BirthMonth
                && p.First.Sex == p.Second.Sex && BitConverter.SingleToInt32Bits(p.First.Income) == BitConverter.SingleToInt32Bits(p.Second.Income));
        }));

    [Fact]
    public void Records_round_trip()
    {
        var people =
            from name in ArbMap.Default.GeneratorFor<NonNull<string>>()
            from age in Gen.Choose(0, 120)
            from day in Gen.Choose(0, 50_000)
            from female in ArbMap.Default.GeneratorFor<bool>()
            from income in ArbMap.Default.GeneratorFor<double?>()
            from tags in ArbMap.Default.GeneratorFor<NonNull<string>[]>()
            from scores in ArbMap.Default.GeneratorFor<Dictionary<NonNull<string>, int>>()
            select new Person(
                name.Get,
                age,
                DateOnly.FromDayNumber(700_000 + day),
                female ? Sex.Female : Sex.Male,
                income,
                tags.Select(t => t.Get).ToList(),
                scores.ToDictionary(p => p.Key.Get, p => p.Value));
        Check.One(Seeded, Prop.ForAll(people.ToArbitrary(), person =>
        {
            var back = RoundTrip(person);
            return back.Name == person.Name && back.Age == person.Age && back.Born == person.Born && back.Sex == person.Sex
                && Nullable.Equals(back.Income, person.Income) && back.Tags.SequenceEqual(person.Tags)
                && back.Scores.OrderBy(p => p.Key, StringComparer.Ordinal).SequenceEqual(person.Scores.OrderBy(p => p.Key, StringComparer.Ordinal));
        }));
    }
}
