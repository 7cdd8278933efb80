using System.Text.Json;

namespace Sim.Parquet.Interop.Tests.Infrastructure;

/// <summary>One statement's answer from duckdb-query.mjs: a result, or DuckDB's error message.</summary>
internal sealed record DuckDbOutcome(DuckDbResult? Result, string? Error)
{
    public static List<DuckDbOutcome> ParseMany(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
        var outcomes = new List<DuckDbOutcome>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            outcomes.Add(item.TryGetProperty("error", out var error)
                ? new DuckDbOutcome(null, error.GetString())
                : new DuckDbOutcome(DuckDbResult.Parse(item), null));
        }

        return outcomes;
    }
}
