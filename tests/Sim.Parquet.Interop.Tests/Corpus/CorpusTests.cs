using Sim.Parquet.Interop.Tests.Fixtures;
using Sim.Parquet.Interop.Tests.Infrastructure;

namespace Sim.Parquet.Interop.Tests.Corpus;

/// <summary>
/// The shared reader corpus (files Impala, parquet-mr, Spark, Arrow C++ and arrow-rs wrote). Every file in
/// good/ must read exactly as DuckDB reads it; every file in unsupported/ and bad/ must either read exactly as
/// DuckDB reads it or fail with <see cref="ParquetFormatException"/>, in bounded time.
/// </summary>
public sealed class CorpusTests
{
    private static readonly TimeSpan ReadLimit = TimeSpan.FromSeconds(20);

    /// <summary>
    /// int96_from_spark.parquet holds a timestamp in 226414 BC, outside DateTime; DuckDB reads it, we read it
    /// clamped (our documented option) and DuckDB's value is clamped the same way for the comparison.
    /// </summary>
    private static readonly ParquetReaderOptions Clamping = new() { ClampOutOfRangeDates = true };

    public static TheoryData<string> Good() => Files("good");

    public static TheoryData<string> UnsupportedAndBad()
    {
        var data = Files("unsupported");
        foreach (var file in Files("bad"))
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Good))]
    public void Good_files_read_exactly_as_DuckDB_reads_them(string file)
    {
        var path = Path.Combine(RepositoryPaths.ParquetCorpus, file);
        var duck = DuckDbColumns.ReadParquet(path);
        using var reader = ParquetFileReader.Open(path, Clamping);
        AssertSameAsDuckDb(file, reader, ReadWithin(ReadLimit, reader), duck);
    }

    [Theory]
    [MemberData(nameof(UnsupportedAndBad))]
    public void Unsupported_and_bad_files_read_as_DuckDB_does_or_raise_the_documented_exception(string file)
    {
        var path = Path.Combine(RepositoryPaths.ParquetCorpus, file);
        ParquetFileReader reader;
        try
        {
            reader = ParquetFileReader.Open(path, Clamping);
        }
        catch (ParquetFormatException)
        {
            return;
        }

        using (reader)
        {
            object?[][] ours;
            try
            {
                ours = ReadWithin(ReadLimit, reader);
            }
            catch (ParquetFormatException)
            {
                return;
            }

            // Only when we read the file does DuckDB's reading matter (some of these files are large).
            DuckDbColumns duck;
            try
            {
                duck = DuckDbColumns.ReadParquet(path);
            }
            catch (DuckDbException e)
            {
                throw new Xunit.Sdk.XunitException($"{file}: we read it without error, DuckDB fails: {e.Message}");
            }

            AssertSameAsDuckDb(file, reader, ours, duck);
        }
    }

    [Fact]
    public void Without_clamping_an_out_of_range_INT96_timestamp_raises_the_documented_exception()
    {
        using var reader = ParquetFileReader.Open(Path.Combine(RepositoryPaths.ParquetCorpus, "good", "int96_from_spark.parquet"));
        var error = Assert.Throws<ParquetFormatException>(() => SimReading.All(reader));
        Assert.Contains("'a'", error.Message, StringComparison.Ordinal);
        Assert.Contains("ClampOutOfRangeDates", error.Message, StringComparison.Ordinal);
    }

    private static TheoryData<string> Files(string folder)
    {
        var dir = Path.Combine(RepositoryPaths.ParquetCorpus, folder);
        if (!Directory.Exists(dir))
        {
            throw new DirectoryNotFoundException($"the reader corpus is missing: {dir}");
        }

        return new TheoryData<string>(Directory.GetFiles(dir, "*.parquet").Order(StringComparer.Ordinal)
            .Select(p => Path.Combine(folder, Path.GetFileName(p))));
    }

    /// <summary>Reads every column on a worker thread; hostile files must not make the reader hang.</summary>
    private static object?[][] ReadWithin(TimeSpan limit, ParquetFileReader reader)
    {
        var read = Task.Run(() => SimReading.All(reader));
        if (Task.WhenAny(read, Task.Delay(limit)).GetAwaiter().GetResult() != read)
        {
            throw new TimeoutException($"reading did not finish within {limit}");
        }

        return read.GetAwaiter().GetResult();
    }

    private static void AssertSameAsDuckDb(string file, ParquetFileReader reader, object?[][] ours, DuckDbColumns duck)
    {
        Assert.Equal(duck.Columns.Select(c => c.Name), reader.Schema.Fields.Select(f => f.Name));
        for (var c = 0; c < ours.Length; c++)
        {
            var field = reader.Schema.Fields[c];
            var expected = duck.Column(c);
            var actual = ours[c];
            if (field.Type == ParquetType.TimestampNanos && duck.Columns[c].Type == "TIMESTAMP")
            {
                // DuckDB reads INT96 as microseconds; compare ours at that precision.
                actual = [.. actual.Select(v => v is DateTime t ? new DateTime(t.Ticks - FloorMod(t.Ticks, 10), DateTimeKind.Utc) : v)];
            }

            ValueAssert.Column($"{file}, column {field.Name} ({field.Type} vs DuckDB {duck.Columns[c].Type})", expected, actual);
        }
    }

    private static long FloorMod(long a, long b) => ((a % b) + b) % b;
}
