using System.Reflection;

namespace Sim.Cluster;

/// <summary>
/// The project's PostgreSQL schema for an Orleans cluster (Schema/cluster-schema.sql, embedded): Orleans' membership
/// table, grain storage and the queries the Microsoft.Orleans.Clustering.AdoNet and .Persistence.AdoNet assemblies
/// look up by key. Idempotent: running it again or over an older Orleans schema only adds what is missing.
/// </summary>
public static class ClusterSchema
{
    private const string ResourceName = "Sim.Cluster.Schema.cluster-schema.sql";

    /// <summary>The ADO.NET invariant name Orleans' AdoNet providers need for PostgreSQL (Npgsql).</summary>
    public const string Invariant = "Npgsql";

    /// <summary>The version of the schema this build writes (recorded in the SimClusterSchema table).</summary>
    public const int Version = 1;

    /// <summary>The query keys the clustering (membership) provider looks up; the last one is optional to Orleans.</summary>
    public static IReadOnlyList<string> MembershipQueryKeys { get; } =
    [
        "InsertMembershipVersionKey", "InsertMembershipKey", "UpdateMembershipKey", "UpdateIAmAlivetimeKey",
        "MembershipReadRowKey", "MembershipReadAllKey", "GatewaysQueryKey", "DeleteMembershipTableEntriesKey",
        "CleanupDefunctSiloEntriesKey", "CleanupDefunctSiloEntryKey",
    ];

    /// <summary>The query keys the grain storage (persistence) provider looks up.</summary>
    public static IReadOnlyList<string> StorageQueryKeys { get; } =
    [
        "WriteToStorageKey", "ReadFromStorageKey", "ClearStorageKey", "DeleteStorageKey",
    ];

    /// <summary>The SQL text of the schema script.</summary>
    public static string Script { get; } = LoadScript();

    private static string LoadScript()
    {
        using var stream = typeof(ClusterSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} missing from {typeof(ClusterSchema).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
