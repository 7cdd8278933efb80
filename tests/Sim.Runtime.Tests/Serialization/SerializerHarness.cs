using Sim.Runtime.Invocation;
using Sim.Runtime.Serialization;

namespace Sim.Runtime.Tests.Serialization;

/// <summary>Writes a value with its declared type's codec and reads it back, through a byte array copy.</summary>
internal static class SerializerHarness
{
    public static T RoundTrip<T>(T value, IRuntimeClient? runtime = null) => Read<T>(Write(value), runtime);

    public static byte[] Write<T>(T value)
    {
        using var writer = MessageWriter.Rent();
        CodecCache<T>.Instance.Write(writer, value);
        return writer.Frame.ToArray();
    }

    /// <summary>Round trip through a frame as the in-memory transport passes it (large arrays spliced, not copied).</summary>
    public static T RoundTripSpliced<T>(T value, out int splices)
    {
        using var writer = MessageWriter.Rent();
        CodecCache<T>.Instance.Write(writer, value);
        var frame = writer.Frame;
        splices = frame.Splices?.Count ?? 0;
        var reader = new MessageReader(frame, null);
        var back = CodecCache<T>.Instance.Read(reader);
        Assert.Equal(0, reader.Remaining);
        return back;
    }

    public static T Read<T>(byte[] bytes, IRuntimeClient? runtime = null)
    {
        var reader = new MessageReader(new ArraySegment<byte>(bytes), runtime);
        var value = CodecCache<T>.Instance.Read(reader);
        Assert.Equal(0, reader.Remaining);
        return value;
    }
}
