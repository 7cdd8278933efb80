using System.Globalization;

namespace Sim.Runtime;

/// <summary>
/// The address of one silo (or client) incarnation: a transport endpoint plus a generation number, so a silo
/// restarted on the same endpoint is a different member of the cluster.
/// </summary>
/// <remarks>Orleans counterpart: <c>Orleans.Runtime.SiloAddress</c> (endpoint + generation/epoch).</remarks>
public sealed class SiloAddress : IEquatable<SiloAddress>
{
    /// <summary>Creates an address.</summary>
    /// <param name="endpoint">The transport endpoint (an in-memory name or host:port).</param>
    /// <param name="generation">The generation (epoch) of this incarnation.</param>
    public SiloAddress(string endpoint, int generation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(endpoint);
        if (endpoint.Contains('@', StringComparison.Ordinal))
        {
            throw new ArgumentException("An endpoint must not contain '@'.", nameof(endpoint));
        }

        Endpoint = endpoint;
        Generation = generation;
    }

    /// <summary>The transport endpoint.</summary>
    public string Endpoint { get; }

    /// <summary>The generation (epoch) of this incarnation.</summary>
    public int Generation { get; }

    /// <summary>Parses the <see cref="ToString"/> form <c>endpoint@generation</c>.</summary>
    /// <param name="text">The text.</param>
    public static SiloAddress Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = text.LastIndexOf('@');
        if (at <= 0 || !int.TryParse(text.AsSpan(at + 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var generation))
        {
            throw new FormatException($"'{text}' is not a silo address of the form endpoint@generation.");
        }

        return new SiloAddress(text[..at], generation);
    }

    /// <summary>A hash that is the same in every process (used for ring positions).</summary>
    public ulong GetStableHash() => StableHash.Combine(StableHash.OfString(Endpoint), StableHash.OfInt64(Generation));

    /// <inheritdoc/>
    public bool Equals(SiloAddress? other) =>
        other is not null && (ReferenceEquals(this, other) || (Generation == other.Generation && string.Equals(Endpoint, other.Endpoint, StringComparison.Ordinal)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SiloAddress);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Endpoint), Generation);

    /// <inheritdoc/>
    public override string ToString() => $"{Endpoint}@{Generation.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Equality operator.</summary>
    public static bool operator ==(SiloAddress? left, SiloAddress? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality operator.</summary>
    public static bool operator !=(SiloAddress? left, SiloAddress? right) => !(left == right);
}
