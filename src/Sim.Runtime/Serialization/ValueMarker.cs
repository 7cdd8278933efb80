namespace Sim.Runtime.Serialization;

/// <summary>The first byte of a reference-type value that may be null or of a derived type.</summary>
internal static class ValueMarker
{
    public const byte Null = 0;

    /// <summary>The value's type is exactly the declared type.</summary>
    public const byte Declared = 1;

    /// <summary>The value's type differs from the declared type; its name follows.</summary>
    public const byte Named = 2;

    /// <summary>A grain reference follows.</summary>
    public const byte GrainReference = 3;

    /// <summary>Deepest nesting of objects in one message; guards against cycles, which the format does not support.</summary>
    public const int MaxDepth = 200;
}
