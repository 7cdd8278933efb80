namespace Sim.Runtime.Serialization;

/// <summary>
/// A large array of unmanaged values that a frame references instead of copying (gather I/O): its bytes belong at
/// <see cref="Offset"/> of the frame's head. The receiver copies them out while it deserializes the frame.
/// </summary>
/// <param name="Offset">Where the bytes belong in the head.</param>
/// <param name="Source">The array whose memory holds them.</param>
/// <param name="ByteLength">How many bytes, from the start of the array.</param>
internal readonly record struct Splice(int Offset, Array Source, int ByteLength);
