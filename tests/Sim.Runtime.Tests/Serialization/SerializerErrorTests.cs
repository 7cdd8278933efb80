using System.Runtime.Serialization;
using Sim.Runtime.Serialization;
using Sim.Runtime.Tests.Types;
using static Sim.Runtime.Tests.Serialization.SerializerHarness;

namespace Sim.Runtime.Tests.Serialization;

public sealed class SerializerErrorTests
{
    [Fact]
    public void Types_that_are_not_data_are_rejected_with_the_reason()
    {
        Assert.Contains("not data", Assert.Throws<NotSupportedException>(() => Write<Func<int>>(() => 1)).Message, StringComparison.Ordinal);
        Assert.Contains("not data", Assert.Throws<NotSupportedException>(() => Write(Task.CompletedTask)).Message, StringComparison.Ordinal);
        Assert.Contains("not data", Assert.Throws<NotSupportedException>(() => Write(CancellationToken.None)).Message, StringComparison.Ordinal);
        var opaque = Assert.Throws<NotSupportedException>(() => Write(new Opaque(2)));
        Assert.Contains(nameof(Opaque), opaque.Message, StringComparison.Ordinal);
        Assert.Contains("constructor", opaque.Message, StringComparison.Ordinal);
        Assert.NotNull(CodecCache<List<Opaque>>.Instance);
        Assert.Throws<NotSupportedException>(() => Write(new List<Opaque> { new(1) }));
    }

    [Fact]
    public void Truncated_and_corrupt_input_fails_with_a_serialization_exception()
    {
        var bytes = Write(new Person("name", 1, default, Sex.Female, null, ["t"], []));
        for (var cut = 0; cut < bytes.Length; cut++)
        {
            Assert.ThrowsAny<SerializationException>(() => Read<Person>(bytes[..cut]));
        }

        // A length claiming more elements than bytes left must not allocate them.
        Assert.Throws<SerializationException>(() => Read<int[]>([0xFF, 0xFF, 0xFF, 0xFF, 0x07]));
        Assert.Throws<SerializationException>(() => Read<Person>([9]));
    }

    [Fact]
    public void Cycles_are_refused_instead_of_overflowing_the_stack()
    {
        var node = new Node { Value = 1 };
        node.Next = node;
        Assert.Throws<SerializationException>(() => Write(node));
        var chain = new Node { Value = 0 };
        var tail = chain;
        for (var i = 1; i < 100; i++)
        {
            tail.Next = new Node { Value = i };
            tail = tail.Next;
        }

        Assert.Equal(99, Walk(RoundTrip(chain)));
    }

    private static int Walk(Node node) => node.Next is null ? node.Value : Walk(node.Next);
}
