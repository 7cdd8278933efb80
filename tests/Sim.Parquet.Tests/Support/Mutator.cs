using System.Buffers.Binary;

namespace Sim.Parquet.Tests.Support;

/// <summary>Seeded mutations of a file: bit flips, byte sets, truncations, length inflation and splices.</summary>
internal static class Mutator
{
    private static readonly byte[] Interesting = [0x00, 0xFF, 0x7F, 0x80, 0x01, 0x15, 0x16, 0x19, 0x1C, 0xF9, 0x0F];

    public static (byte[] File, string Description) Mutate(byte[] original, byte[] donor, ref SplitMix64 random)
    {
        var file = (byte[])original.Clone();

        // The footer (metadata) is the most sensitive part: aim half the mutations at the last quarter.
        int Position(ref SplitMix64 r) => r.Chance(0.5) ? file.Length - 1 - r.Next(Math.Max(1, file.Length / 4)) : r.Next(file.Length);

        switch (random.Next(7))
        {
            case 0:
                var flips = 1 + random.Next(8);
                for (var i = 0; i < flips; i++)
                {
                    file[Position(ref random)] ^= (byte)(1 << random.Next(8));
                }

                return (file, $"{flips} bit flips");
            case 1:
                var at = Position(ref random);
                file[at] = Interesting[random.Next(Interesting.Length)];
                return (file, $"byte set at {at}");
            case 2:
                var keep = random.Next(file.Length);
                return (file[..keep], $"truncated to {keep}");
            case 3:
                // Cut a hole out of the middle, keeping the tail (footer) intact.
                var start = random.Next(file.Length);
                var length = 1 + random.Next(Math.Min(64, file.Length - start));
                return ([.. file[..start], .. file[(start + length)..]], $"removed {length} at {start}");
            case 4:
                var inflate = Math.Max(0, Position(ref random) - 4);
                var value = random.Next(3) switch { 0 => int.MaxValue, 1 => 1 << 24, _ => -1 };
                BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(inflate), value);
                return (file, $"int32 {value} at {inflate}");
            case 5:
                // Inflate a thrift varint: replace one byte with a long continuation run.
                var v = Position(ref random);
                byte[] varint = [0xFF, 0xFF, 0xFF, 0xFF, 0x07];
                return ([.. file[..v], .. varint, .. file[(v + 1)..]], $"varint inflated at {v}");
            default:
                var from = random.Next(donor.Length);
                var count = 1 + random.Next(Math.Min(256, donor.Length - from));
                var to = Position(ref random);
                var spliced = (byte[])file.Clone();
                donor.AsSpan(from, Math.Min(count, spliced.Length - to)).CopyTo(spliced.AsSpan(to));
                return (spliced, $"spliced {count} donor bytes at {to}");
        }
    }
}
