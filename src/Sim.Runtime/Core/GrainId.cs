using System.Globalization;

namespace Sim.Runtime;

/// <summary>
/// The identity of a grain: its grain type name and its primary key (a string or a 64-bit integer).
/// Equal ids denote the same grain anywhere in the cluster.
/// </summary>
/// <remarks>Orleans counterpart: <c>Orleans.Runtime.GrainId</c> (type + key).</remarks>
public readonly struct GrainId : IEquatable<GrainId>
{
    private readonly string? _type;
    private readonly string? _stringKey;
    private readonly long _integerKey;

    private GrainId(string type, string? stringKey, long integerKey)
    {
        _type = type;
        _stringKey = stringKey;
        _integerKey = integerKey;
    }

    /// <summary>The grain type name (for example <c>region</c>).</summary>
    public string Type => _type ?? string.Empty;

    /// <summary>True when the key is an integer (<see cref="IGrainWithIntegerKey"/>).</summary>
    public bool IsIntegerKey => _stringKey is null;

    /// <summary>True for the default value, which identifies no grain.</summary>
    public bool IsDefault => _type is null;

    /// <summary>Creates an id with a string key.</summary>
    /// <param name="type">The grain type name.</param>
    /// <param name="key">The key.</param>
    public static GrainId Create(string type, string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        ArgumentNullException.ThrowIfNull(key);
        return new GrainId(type, key, 0);
    }

    /// <summary>Creates an id with an integer key.</summary>
    /// <param name="type">The grain type name.</param>
    /// <param name="key">The key.</param>
    public static GrainId Create(string type, long key)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        return new GrainId(type, null, key);
    }

    /// <summary>The key as a string (integer keys are formatted invariantly).</summary>
    public string GetStringKey() => _stringKey ?? _integerKey.ToString(CultureInfo.InvariantCulture);

    /// <summary>The integer key.</summary>
    /// <exception cref="InvalidOperationException">The grain has a string key.</exception>
    public long GetIntegerKey() => _stringKey is null
        ? _integerKey
        : throw new InvalidOperationException($"Grain {this} has a string key, not an integer key.");

    /// <summary>
    /// A hash of the id that is the same in every process and on every run; placement and the directory use it.
    /// </summary>
    public uint GetUniformHashCode()
    {
        var h = StableHash.Combine(StableHash.OfString(Type), _stringKey is null ? StableHash.OfInt64(_integerKey) : StableHash.OfString(_stringKey));
        return (uint)(h ^ (h >> 32));
    }

    /// <inheritdoc/>
    public bool Equals(GrainId other) =>
        _integerKey == other._integerKey
        && string.Equals(_stringKey, other._stringKey, StringComparison.Ordinal)
        && (ReferenceEquals(_type, other._type) || string.Equals(_type, other._type, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is GrainId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var keyHash = _stringKey is null ? _integerKey.GetHashCode() : StringComparer.Ordinal.GetHashCode(_stringKey);
        return HashCode.Combine(_type is null ? 0 : StringComparer.Ordinal.GetHashCode(_type), keyHash);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Type}/{GetStringKey()}";

    /// <summary>Equality operator.</summary>
    public static bool operator ==(GrainId left, GrainId right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    public static bool operator !=(GrainId left, GrainId right) => !left.Equals(right);
}
