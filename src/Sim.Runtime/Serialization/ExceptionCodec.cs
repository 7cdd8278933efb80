using System.Runtime.Serialization;

namespace Sim.Runtime.Serialization;

/// <summary>
/// Exceptions: the type name, message and stack trace (not inner exceptions or custom fields). Read back as the same
/// type when it is known here and has a (string, Exception) or (string) constructor, else as <see cref="RemoteGrainException"/>.
/// </summary>
internal sealed class ExceptionCodec<T> : Codec<T>
    where T : Exception
{
    public override void Write(MessageWriter writer, T value)
    {
        if (value is null)
        {
            writer.WriteByte(ValueMarker.Null);
            return;
        }

        writer.WriteByte(ValueMarker.Named);
        var original = value as RemoteGrainException;
        writer.WriteString(original is { OriginalTypeName.Length: > 0 } ? original.OriginalTypeName : TypeNames.Get(value.GetType()));
        writer.WriteString(value.Message);
        writer.WriteString(value.StackTrace);
    }

    public override T Read(MessageReader reader)
    {
        if (reader.ReadByte() == ValueMarker.Null)
        {
            return null!;
        }

        var typeName = reader.ReadString() ?? string.Empty;
        var message = reader.ReadString() ?? string.Empty;
        var stackTrace = reader.ReadString();
        var exception = ExceptionFactory.Create(typeName, message, stackTrace);
        return exception as T
            ?? throw new SerializationException($"An exception of type {typeName} cannot stand where {typeof(T).Name} is expected.");
    }
}
