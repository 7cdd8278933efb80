using FsCheck;
using FsCheck.Fluent;
using Sim.Grains.Serialization;

namespace Sim.Grains.Tests.Serialization;

/// <summary>What is written to a <see cref="ChunkedWriteStream"/> reads back byte for byte through a <see cref="ChunkedReadStream"/>.</summary>
public sealed class ChunkedStreamTests
{
    [Fact]
    public void Writes_of_any_sizes_read_back_exactly_in_chunks_of_one_mebibyte()
    {
        var writes = Gen.Choose(0, 3 << 20).ListOf().Select(sizes => sizes.Take(6).ToArray()).ToArbitrary();
        Prop.ForAll(writes, sizes =>
        {
            var expected = new List<byte>();
            using var stream = new ChunkedWriteStream();
            var value = 0;
            foreach (var size in sizes)
            {
                var block = new byte[size];
                for (var i = 0; i < size; i++)
                {
                    block[i] = (byte)(value++ * 31);
                }

                stream.Write(block);
                expected.AddRange(block);
            }

            var chunks = stream.ToChunks();
            using var reader = new ChunkedReadStream(chunks);
            var actual = new MemoryStream();
            reader.CopyTo(actual, 777);
            return actual.ToArray().AsSpan().SequenceEqual(expected.ToArray())
                && stream.Length == expected.Count
                && chunks.Take(Math.Max(0, chunks.Length - 1)).All(c => c.Length == 1 << 20)
                && (chunks.Length == 0 || chunks[^1].Length is > 0 and <= 1 << 20);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(30));
    }
}
