using System.Collections.Concurrent;

namespace Sim.Grains.Runs;

/// <summary>
/// A silo's run contexts by run id, loaded once and shared by the run's grains on the silo (in-process clusters
/// may share one cache across silos, so a scenario is loaded once per process).
/// </summary>
public sealed class RunContextCache
{
    private readonly ConcurrentDictionary<string, Lazy<RunContext>> _runs = new(StringComparer.Ordinal);

    /// <summary>The context of <paramref name="spec"/>'s run, loading it on first use.</summary>
    public RunContext Get(RunSpec spec)
    {
        var lazy = _runs.GetOrAdd(spec.RunId, _ => new Lazy<RunContext>(() => new RunContext(spec)));
        var context = lazy.Value;
        if (context.Spec != spec)
        {
            throw new InvalidOperationException($"run '{spec.RunId}' is already loaded with another spec");
        }

        return context;
    }

    /// <summary>
    /// Adds a context loaded elsewhere in the process: <c>sim run</c> loads its run's context while its embedded silos
    /// start, so their grains find it here instead of loading it again before synthesis.
    /// </summary>
    public void Add(RunContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lazy = new Lazy<RunContext>(() => context);
        _ = lazy.Value;
        if (!_runs.TryAdd(context.Spec.RunId, lazy) && Get(context.Spec) != context)
        {
            throw new InvalidOperationException($"run '{context.Spec.RunId}' is already loaded");
        }
    }

    /// <summary>The context of a run already loaded on this silo, if any.</summary>
    public RunContext? Find(string runId) =>
        _runs.TryGetValue(runId, out var lazy) && lazy.IsValueCreated ? lazy.Value : null;

    /// <summary>Forgets a run (its grains are done).</summary>
    public void Remove(string runId) => _runs.TryRemove(runId, out _);
}
