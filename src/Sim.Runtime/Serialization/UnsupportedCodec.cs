namespace Sim.Runtime.Serialization;

/// <summary>Stands for a type the serializer cannot handle; explains why when used.</summary>
internal sealed class UnsupportedCodec<T>(string problem) : Codec<T>
{
    public override string? Problem => problem;

    public override void Write(MessageWriter writer, T value) => throw new NotSupportedException(problem);

    public override T Read(MessageReader reader) => throw new NotSupportedException(problem);
}
