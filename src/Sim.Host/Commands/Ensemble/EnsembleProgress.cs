using Microsoft.Extensions.Logging;
using Sim.Grains.Hosting;
using Sim.Model;

namespace Sim.Host.Commands.Ensemble;

/// <summary>
/// The progress of an ensemble as one line a planner can read: members done, and the month of the slowest member
/// still running. Members report from their own tasks; a line is logged when either figure changes.
/// </summary>
internal sealed partial class EnsembleProgress(ILogger logger, int members)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<ulong, RunProgress> _running = [];
    private int _done;
    private string _last = string.Empty;

    /// <summary>The progress sink of the member with <paramref name="seed"/>.</summary>
    public IProgress<RunProgress> For(ulong seed) => new MemberProgress(this, seed);

    /// <summary>The member with <paramref name="seed"/> has finished.</summary>
    public void Done(ulong seed)
    {
        lock (_gate)
        {
            _running.Remove(seed);
            _done++;
            Log();
        }
    }

    private void Update(ulong seed, RunProgress progress)
    {
        lock (_gate)
        {
            _running[seed] = progress;
            Log();
        }
    }

    private void Log()
    {
        var slowest = _running.Count == 0 ? null : _running.Values.MinBy(p => p.MonthsDone);
        var line = slowest is null
            ? $"{_done}/{members} members done"
            : $"{_done}/{members} members done; slowest running member at {slowest.Month} (month {slowest.MonthsDone}/{slowest.MonthCount})";
        if (line != _last)
        {
            _last = line;
            LogProgress(logger, line);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Line}")]
    private static partial void LogProgress(ILogger logger, string line);

    private sealed class MemberProgress(EnsembleProgress owner, ulong seed) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => owner.Update(seed, value);
    }
}
