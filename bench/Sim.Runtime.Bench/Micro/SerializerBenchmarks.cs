using BenchmarkDotNet.Attributes;
using Sim.Runtime.Bench.Grains;
using Sim.Runtime.Serialization;

namespace Sim.Runtime.Bench.Micro;

/// <summary>The serializer alone: a small message-like record, and the 1M-person columnar batch as the transport passes it.</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class SerializerBenchmarks
{
    private readonly SmallMessage _small = new(42, "run-1/KZ-ALA", new DateOnly(2030, 1, 1), [1.5, 2.5, 3.5], Status.Active);
    private PersonBatch _batch = null!;

    public enum Status
    {
        Inactive,
        Active,
    }

    [GlobalSetup]
    public void Setup() => _batch = PersonBatch.Create(1_000_000);

    [Benchmark]
    public SmallMessage SmallRecordRoundTrip() => RoundTrip(_small);

    [Benchmark(OperationsPerInvoke = 1)]
    public PersonBatch PersonBatch1MRoundTrip() => RoundTrip(_batch);

    private static T RoundTrip<T>(T value)
    {
        using var writer = MessageWriter.Rent();
        CodecCache<T>.Instance.Write(writer, value);
        return CodecCache<T>.Instance.Read(new MessageReader(writer.Frame, null));
    }

    public sealed record SmallMessage(long Id, string Region, DateOnly Month, double[] Values, Status Status);
}
