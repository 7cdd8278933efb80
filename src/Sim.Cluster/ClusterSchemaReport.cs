namespace Sim.Cluster;

/// <summary>What <see cref="ClusterDatabase.InitializeAsync"/> found after applying the schema.</summary>
/// <param name="Target">Where: <c>host:port/database as user</c>.</param>
/// <param name="SchemaVersion">The highest schema version recorded in the database.</param>
/// <param name="QueryKeys">The Orleans query keys present in OrleansQuery, sorted.</param>
public sealed record ClusterSchemaReport(string Target, int SchemaVersion, IReadOnlyList<string> QueryKeys);
