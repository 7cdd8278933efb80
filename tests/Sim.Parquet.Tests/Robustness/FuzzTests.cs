using System.Diagnostics;
using Sim.Parquet.Tests.Support;

namespace Sim.Parquet.Tests.Robustness;

/// <summary>
/// Thousands of seeded mutations of our own files and corpus files: each must read fully or raise
/// <see cref="ParquetFormatException"/> (never another exception), in bounded time and allocation.
/// </summary>
public sealed class FuzzTests
{
    private const int Cases = 6000;

    [Fact]
    public void Mutated_files_read_or_raise_format_exceptions()
    {
        var seeds = SeedFiles();
        var random = new SplitMix64(20_261_121);
        var outcomes = new int[2];
        CorpusReading.WithinTime(TimeSpan.FromSeconds(120), () =>
        {
            for (var i = 0; i < Cases; i++)
            {
                var (name, original) = seeds[i % seeds.Count];
                var donor = seeds[random.Next(seeds.Count)].Bytes;
                var (file, mutation) = Mutator.Mutate(original, donor, ref random);
                var options = new ParquetReaderOptions
                {
                    VerifyChecksums = random.Chance(0.3),
                    ClampOutOfRangeDates = random.Chance(0.5),
                    MaxRowsPerRowGroup = 1 << 20,
                    MaxPageBytes = 16 << 20,
                };
                outcomes[ReadOrFail(file, options, $"case {i}: {name}, {mutation}")]++;
            }
        });

        // Both outcomes must occur, or the mutations are too weak (or too strong) to mean anything.
        Assert.True(outcomes[0] > Cases / 50, $"only {outcomes[0]} mutated files read fully");
        Assert.True(outcomes[1] > Cases / 10, $"only {outcomes[1]} mutated files were rejected");
    }

    /// <summary>0 when the file read fully, 1 when it was rejected with the documented exception.</summary>
    private static int ReadOrFail(byte[] file, ParquetReaderOptions options, string what)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        try
        {
            using var reader = ParquetBytes.Open(file, options);
            CorpusReading.ReadEverything(reader);
            return 0;
        }
        catch (ParquetFormatException e)
        {
            // The public guard turns stray exceptions into format exceptions; our decoders should have
            // caught the problem first, so a wrapped crash is still a failure here. Deflate's own
            // InvalidDataException is wrapped on purpose.
            if (e.InnerException is { } inner and not System.IO.InvalidDataException)
            {
                Assert.Fail($"{what}: decoder crashed with {inner.GetType().Name}: {inner.Message}\n{inner.StackTrace}");
            }

            return 1;
        }
        catch (Exception e)
        {
            Assert.Fail($"{what}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            return -1;
        }
        finally
        {
            // Bounds, not benchmarks: a hang or an allocation sized by a hostile length shows up here.
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"{what}: took {clock.Elapsed}");
            var used = GC.GetAllocatedBytesForCurrentThread() - allocated;
            Assert.True(used < 400L << 20, $"{what}: allocated {used >> 20} MiB");
        }
    }

    private static List<(string Name, byte[] Bytes)> SeedFiles()
    {
        var seeds = new List<(string, byte[])>();
        foreach (var codec in Enum.GetValues<ParquetCompression>())
        {
            foreach (var dictionary in new[] { true, false })
            {
                var columns = TestData.WritableTypes
                    .Select((type, i) => TestData.Column(new ParquetField($"c{i}", type, Nullable: i % 2 == 0), 300, (ulong)i, NullPattern.Random, cardinality: dictionary ? 7 : 0))
                    .ToArray();
                var options = ParquetBytes.Options(codec, dictionary, rowGroupRows: 120, pageBytes: 400);
                options.WritePageChecksums = codec == ParquetCompression.Snappy;
                seeds.Add(($"ours-{codec}-{(dictionary ? "dict" : "plain")}", FileRoundTrip.Write(columns, options, 100)));
            }
        }

        foreach (var name in new[]
        {
            "alltypes_plain.parquet", "alltypes_dictionary.parquet", "alltypes_plain.snappy.parquet", "rle_boolean_encoding.parquet",
            "int32_with_null_pages.parquet", "dict-page-offset-zero.parquet", "concatenated_gzip_members.parquet",
            "int96_from_spark.parquet", "rle-dict-snappy-checksum.parquet",
        })
        {
            seeds.Add((name, File.ReadAllBytes(RepositoryPaths.CorpusFile("good", name))));
        }

        return seeds;
    }
}
