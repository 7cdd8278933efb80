using System.Runtime.Serialization;
using Sim.Runtime.Tests.Grains;
using Sim.Runtime.Tests.Types;
using static Sim.Runtime.Tests.Serialization.SerializerHarness;

namespace Sim.Runtime.Tests.Serialization;

public sealed class SerializerRoundTripTests
{
    [Fact]
    public void Primitives_and_time_types_round_trip()
    {
        Assert.Equal(int.MinValue, RoundTrip(int.MinValue));
        Assert.Equal(ulong.MaxValue, RoundTrip(ulong.MaxValue));
        Assert.Equal(-0.0, RoundTrip(-0.0));
        Assert.True(double.IsNaN(RoundTrip(double.NaN)));
        Assert.Equal(1.5f, RoundTrip(1.5f));
        Assert.Equal(79228162514264337593543950335m, RoundTrip(decimal.MaxValue));
        Assert.Equal('Ж', RoundTrip('Ж'));
        Assert.True(RoundTrip(true));
        Assert.Equal(new DateOnly(2030, 12, 31), RoundTrip(new DateOnly(2030, 12, 31)));
        var local = new DateTime(2027, 3, 4, 5, 6, 7, DateTimeKind.Local);
        Assert.Equal(local, RoundTrip(local));
        Assert.Equal(DateTimeKind.Local, RoundTrip(local).Kind);
        Assert.Equal(TimeSpan.FromTicks(-123456789), RoundTrip(TimeSpan.FromTicks(-123456789)));
        Assert.Equal(new TimeOnly(23, 59), RoundTrip(new TimeOnly(23, 59)));
        Assert.Equal(Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff"), RoundTrip(Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff")));
        var offset = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.FromHours(5));
        Assert.Equal(offset, RoundTrip(offset));
    }

    [Fact]
    public void Enums_nullables_and_strings_round_trip()
    {
        Assert.Equal(Sex.Male, RoundTrip(Sex.Male));
        Assert.Equal(Big.Low, RoundTrip(Big.Low));
        Assert.Equal((int?)null, RoundTrip((int?)null));
        Assert.Equal(5, RoundTrip((int?)5));
        Assert.Null(RoundTrip((string?)null));
        Assert.Equal(string.Empty, RoundTrip(string.Empty));
        Assert.Equal("Қазақстан — 2030 ✓", RoundTrip("Қазақстан — 2030 ✓"));
        var longText = new string('x', 10_000) + "я";
        Assert.Equal(longText, RoundTrip(longText));
        Labelled? boxed = new Labelled { Label = "l", Value = 3 };
        Assert.Equal(boxed, RoundTrip(boxed));
        Assert.Null(RoundTrip((Labelled?)null));
    }

    [Fact]
    public void Records_with_collections_and_nesting_round_trip()
    {
        var head = new Person("Aigerim", 34, new DateOnly(1996, 5, 1), Sex.Female, 1234.5, ["teacher", "almaty"], new() { ["math"] = 5 });
        var household = new Household(7, head, [head with { Name = "Arman", Sex = Sex.Male, Income = null }], Guest: null);
        var back = RoundTrip(household);
        Assert.Equivalent(household, back, strict: true);
        Assert.IsType<Person[]>(back.Members);
    }

    [Fact]
    public void Classes_with_setters_and_primary_constructors_round_trip()
    {
        var settings = RoundTrip(new Settings { Name = "s", Period = TimeSpan.FromDays(30), Weights = [1, 2, 3] });
        Assert.Equal("s", settings.Name);
        Assert.Equal(TimeSpan.FromDays(30), settings.Period);
        Assert.Equal([1, 2, 3], settings.Weights!);
        Assert.Equal(3, settings.Computed);

        var region = RoundTrip(new Region("KZ-ALA", 2_200_000));
        Assert.Equal("KZ-ALA", region.Code);
        Assert.Equal(2_200_000, region.Population);
        Assert.Equal((7, "x", 2.5), RoundTrip((7, "x", 2.5)));
        Assert.Equal(new KeyValuePair<string, int>("k", 1), RoundTrip(new KeyValuePair<string, int>("k", 1)));
    }

    [Fact]
    public void Collections_and_collection_interfaces_round_trip()
    {
        Assert.Equal(["a", null, "c"], RoundTrip(new List<string?> { "a", null, "c" }));
        Assert.Equal([1, 2, 3], RoundTrip(new List<int> { 1, 2, 3 }));
        Assert.Equal(new Dictionary<int, string> { [1] = "one", [-2] = "minus two" }, RoundTrip(new Dictionary<int, string> { [1] = "one", [-2] = "minus two" }));
        Assert.Equal(new HashSet<string> { "x", "y" }, RoundTrip(new HashSet<string> { "x", "y" }));
        Assert.Equal([1, 2], RoundTrip<IReadOnlyList<int>>(new List<int> { 1, 2 }));
        Assert.Equal(["a", "b"], RoundTrip<IEnumerable<string>>(new[] { "a", "b" }.Where(_ => true)));
        Assert.IsType<List<long>>(RoundTrip<IList<long>>([5L]));
        Assert.Equal(new Dictionary<string, double> { ["k"] = 1.5 }, RoundTrip<IReadOnlyDictionary<string, double>>(new Dictionary<string, double> { ["k"] = 1.5 }));
        Assert.Equal(new[] { new[] { 1 }, [2, 3] }, RoundTrip(new[] { new[] { 1 }, [2, 3] }));
        Assert.Null(RoundTrip((int[]?)null));
        Assert.Empty(RoundTrip(Array.Empty<PersonRow>()));
    }

    [Fact]
    public void Columnar_payloads_take_the_raw_memory_path()
    {
        const int N = 100_000;
        var rows = Enumerable.Range(0, N).Select(i => new PersonRow { Id = i, BirthMonth = (short)(i % 1200), Sex = (byte)(i & 1), Income = i * 0.25f }).ToArray();
        var columns = new Columns(
            Enumerable.Range(0, N).ToArray(),
            rows.Select(r => r.BirthMonth).ToArray(),
            rows.Select(r => r.Sex).ToArray(),
            rows.Select(r => (byte)(r.Id % 20)).ToArray(),
            rows.Select(r => (byte)(r.Id % 7)).ToArray(),
            rows.Select(r => r.Income).ToArray(),
            rows.Select(r => r.Id / 3).ToArray(),
            rows);
        var bytes = Write(columns);

        // Raw memory: the frame is the payload plus a few bytes of framing per column (marker, lengths).
        var payload = (N * (4 + 2 + 1 + 1 + 1 + 4 + 4)) + (N * 12);
        Assert.InRange(bytes.Length, payload, payload + 64);
        var back = Read<Columns>(bytes);
        Assert.Equal(columns.Id, back.Id);
        Assert.Equal(columns.Income, back.Income);
        Assert.Equal(columns.Household, back.Household);
        Assert.Equal(columns.Rows, back.Rows);
        Assert.NotSame(columns.Id, back.Id);

        // As the transport passes it: every column is at least 64 KB, so all eight are spliced, not copied.
        var spliced = RoundTripSpliced(columns, out var splices);
        Assert.Equal(8, splices);
        var small = RoundTripSpliced(new Columns([1], [2], [3], [4], [5], [6], [7], [new PersonRow { Id = 8 }]), out var smallSplices);
        Assert.Equal(0, smallSplices);
        Assert.Equal(8, small.Rows[0].Id);
        Assert.Equal(columns.Id, spliced.Id);
        Assert.Equal(columns.Sex, spliced.Sex);
        Assert.Equal(columns.Rows, spliced.Rows);
        Assert.NotSame(columns.Rows, spliced.Rows);
    }

    [Fact]
    public void Derived_types_travel_with_their_type_name()
    {
        Shape[] shapes = [new Circle("c", 1.5), new Square("s", 2)];
        Assert.Equal(shapes, RoundTrip(shapes));
        Animal dog = new Dog("Rex", true);
        Assert.Equal(dog, RoundTrip(dog));
        Assert.IsType<Animal>(RoundTrip(new Animal("plain")));
        object[] objects = [1, "two", 3.0, new Circle("c", 2), null!, new List<int> { 4 }];
        Assert.Equivalent(objects, RoundTrip(objects), strict: true);
    }

    [Fact]
    public void Exceptions_round_trip_by_type_name_and_message()
    {
        var back = RoundTrip<Exception>(new QuotaExceededException("over"));
        Assert.IsType<QuotaExceededException>(back);
        Assert.Equal("over", back.Message);
        var odd = Assert.IsType<RemoteGrainException>(RoundTrip<Exception>(new OddException(3)));
        Assert.Equal("odd 3", odd.Message);
        Assert.Equal(typeof(OddException).FullName, odd.OriginalTypeName);

        // A remote grain exception passed on again keeps naming the original type.
        var twice = Assert.IsType<RemoteGrainException>(RoundTrip<Exception>(odd));
        Assert.Equal(typeof(OddException).FullName, twice.OriginalTypeName);
    }

    [Fact]
    public void Thrown_exceptions_carry_the_remote_stack_trace()
    {
        Exception thrown;
        try
        {
            throw new InvalidOperationException("deep");
        }
        catch (InvalidOperationException e)
        {
            thrown = e;
        }

        var back = RoundTrip(thrown);
        Assert.Contains(nameof(Thrown_exceptions_carry_the_remote_stack_trace), back.StackTrace, StringComparison.Ordinal);
    }

    [Fact]
    public void Grain_references_are_rebound_to_the_reading_endpoint()
    {
        var writer = new ReferenceBinder();
        var reader = new ReferenceBinder();
        var info = Sim.Runtime.Invocation.GrainInterfaceRegistry.Get(typeof(ICounterGrain));
        var original = (ICounterGrain)info.Factory(GrainId.Create("counter", "abc"), writer);
        var back = RoundTrip(original, reader);
        Assert.Equal(original, back);
        Assert.Same(reader, ((Sim.Runtime.Invocation.GrainReference)(object)back).Runtime);
        var asObject = RoundTrip<object>(original, reader);
        Assert.Equal(original, asObject);
    }
}
